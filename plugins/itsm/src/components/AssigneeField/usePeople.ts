import { useEffect, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';

/** A person to give work to, as a picker shows them. */
export type Person = {
  ref: string;
  name: string;
  email?: string;
  /** Whether they are a member of the group that works the record. */
  member: boolean;
};

const fields = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.profile.displayName',
  'spec.profile.email',
];

/** A user entity as a person: their display name, else title, else name. */
export function personOf(entity: Entity, member: boolean): Person {
  const profile = entity.spec?.profile as
    | { displayName?: string; email?: string }
    | undefined;
  return {
    ref: stringifyEntityRef(entity).toLocaleLowerCase('en-US'),
    name: profile?.displayName ?? entity.metadata.title ?? entity.metadata.name,
    ...(profile?.email ? { email: profile.email } : {}),
    member,
  };
}

const byName = (a: Person, b: Person) => a.name.localeCompare(b.name);

/**
 * The people a picker offers, from the catalog: the members of `groupRef`
 * (all of them, by name), then the users whose name matches `search` (20
 * at a time, as typed); and the person `value` names, once looked up.
 */
export function usePeople(options: {
  groupRef?: string;
  search: string;
  value?: string;
}) {
  const { groupRef, search, value } = options;
  const catalogApi = useApi(catalogApiRef);
  const [members, setMembers] = useState<Person[]>([]);
  const [others, setOthers] = useState<Person[]>([]);
  const [loading, setLoading] = useState(false);
  const [chosen, setChosen] = useState<Person>();

  useEffect(() => {
    let current = true;
    setMembers([]);
    if (!groupRef) return undefined;
    catalogApi
      .getEntities({
        filter: { kind: 'User', 'relations.memberOf': groupRef },
        fields,
      })
      .then(response => {
        if (current) {
          setMembers(response.items.map(e => personOf(e, true)).sort(byName));
        }
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [catalogApi, groupRef]);

  useEffect(() => {
    let current = true;
    setLoading(true);
    const timer = setTimeout(() => {
      catalogApi
        .queryEntities({
          filter: { kind: 'User' },
          fullTextFilter: search
            ? {
                term: search,
                fields: [
                  'metadata.name',
                  'metadata.title',
                  'spec.profile.displayName',
                ],
              }
            : undefined,
          limit: 20,
          fields,
        })
        .then(response => {
          if (current) {
            setOthers(response.items.map(e => personOf(e, false)).sort(byName));
          }
        })
        .catch(() => {
          if (current) setOthers([]);
        })
        .finally(() => {
          if (current) setLoading(false);
        });
    }, 200);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [catalogApi, search]);

  useEffect(() => {
    let current = true;
    if (!value) return undefined;
    catalogApi
      .getEntitiesByRefs({ entityRefs: [value], fields })
      .then(response => {
        const [entity] = response.items;
        if (current && entity) setChosen(personOf(entity, false));
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [catalogApi, value]);

  return { members, others, loading, chosen };
}
