/** The changes view of a reviewed document, under /admin/collections/<slug>/<id>. */
export const CHANGES_PATH = '/thay-doi'
