// The load clients keep the cookies the server sets, as a browser does. The
// session's signed cookie cache lasts a minute (lib/auth/auth.ts); a client
// that kept its sign-in cookie for the whole run would, after that minute,
// make every save read the session and user from the database, which no
// browser tab does.
export function cookieJar(initial) {
  const cookies = new Map();
  const take = (setCookies) => {
    for (const line of [setCookies ?? []].flat()) {
      const pair = line.split(";", 1)[0];
      const at = pair.indexOf("=");
      if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  };
  take(initial.split(/;\s*/));
  return {
    get header() {
      return [...cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    },
    take,
  };
}
