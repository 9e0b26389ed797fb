/** The edition id of a dataset of your own (the "Your own data" page), in URLs and API paths: answered in the page (localApi.ts), never sent. */
export const YOURS = 'yours';

/** The API's paths of edition `yours`. */
export const YOURS_API_PREFIX = `/api/v1/editions/${YOURS}/`;

