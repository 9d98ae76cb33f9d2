/** Where the whole work queue lives: a root view of the admin, linked from the navigation. */
export const WORK_QUEUE_PATH = '/viec-cua-toi' as const
