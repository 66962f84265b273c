/** autocannon's verifyBody for the HTTP suite (a CommonJS file, as its worker threads require it): data, no errors. */
module.exports = function graphqlBodyOk(body) {
  try {
    const parsed = JSON.parse(body);
    return parsed.data != null && parsed.errors === undefined;
  } catch {
    return false;
  }
};
