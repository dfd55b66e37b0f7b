import { useEffect, useState } from 'react';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';

/**
 * Who the signed-in user is and which groups they belong to (ownership
 * refs, lower case); undefined until known.
 */
export function useIdentity() {
  const identityApi = useApi(identityApiRef);
  const [identity, setIdentity] = useState<{
    userRef: string;
    claims: string[];
  }>();
  useEffect(() => {
    identityApi.getBackstageIdentity().then(
      id =>
        setIdentity({
          userRef: id.userEntityRef.toLocaleLowerCase('en-US'),
          claims: id.ownershipEntityRefs.map(r => r.toLocaleLowerCase('en-US')),
        }),
      () => setIdentity(undefined),
    );
  }, [identityApi]);
  return identity;
}
