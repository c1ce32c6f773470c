// Shared by the server page and the client bar: the bulk form the rows' checkboxes belong to.
export const BULK_FORM = "overview-bulk";
