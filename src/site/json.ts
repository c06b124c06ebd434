/** A JSON file response, pretty-printed so that a diff of two builds reads line by line. */
export function json(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
