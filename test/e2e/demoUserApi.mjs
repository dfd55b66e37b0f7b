// The ITSM API as the demo's people call it, for what the journeys read to
// check a page against, or set up that is not the journey's own.

/**
 * `api(user, method, path, body)` against `${BASE}/api/itsm`, signed in
 * as the demo user `user`; throws with the status and body unless 2xx.
 */
export function demoUserApi(BASE) {
  const tokens = new Map();
  return async function api(user, method, apiPath, body) {
    if (!tokens.has(user)) {
      const res = await fetch(`${BASE}/api/auth/demo/refresh`, {
        headers: { 'x-demo-user': user, 'x-requested-with': 'XMLHttpRequest' },
      });
      tokens.set(user, (await res.json()).backstageIdentity.token);
    }
    const res = await fetch(`${BASE}/api/itsm${apiPath}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens.get(user)}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const answer = await res.json().catch(() => undefined);
    if (!res.ok) {
      throw new Error(
        `${method} ${apiPath} as ${user}: ${res.status} ${JSON.stringify(
          answer,
        )}`,
      );
    }
    return answer;
  };
}

/** The month `offset` months from now, as YYYY-MM (UTC). */
export function monthOf(offset) {
  const now = new Date();
  const d = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset),
  );
  return d.toISOString().slice(0, 7);
}
