// Role-based access control after the NIST model standardized as ANSI INCITS
// 359: users hold roles, roles hold permissions, a senior role inherits the
// permissions of the roles it names (Hierarchical RBAC), no user may hold two
// roles of a conflicting set (Static Separation of Duty), and every check
// denies unless a role grants. On top of the standard: field-level filtering
// of a record, and a purpose check for GDPR Art. 5(1)(b) purpose limitation.
//
// Role and permission names come from configuration, so every table here is
// a Map or a Set, never a plain object: a role named "__proto__" or a
// permission "read:constructor" is only a string and grants only what the
// policy gave it.

/** A role as written in a policy definition. */
export interface RoleDefinition {
  /** Permissions as `action:resource` or `action:resource.field`. */
  permissions?: readonly string[];
  /** Roles whose permissions this role also holds (its juniors). */
  inherits?: readonly string[];
}

/** A policy as written: plain data, e.g. parsed from JSON. */
export interface PolicyDefinition {
  roles: Readonly<Record<string, RoleDefinition>>;
  /** Sets of roles of which no user may hold two (static SoD). */
  separationOfDuty?: readonly (readonly string[])[];
  /** For each permission, the purposes it may be used for. */
  purposes?: Readonly<Record<string, readonly string[]>>;
}

/** A role after validation, with its inheritance resolved. */
export interface Role {
  readonly name: string;
  readonly permissions: ReadonlySet<string>;
  readonly inherits: readonly string[];
  /** The role itself and every role it inherits, directly or not. */
  readonly includes: ReadonlySet<string>;
  /** Every permission the role holds, mapped to the role it comes from. */
  readonly grants: ReadonlyMap<string, string>;
}

/** A validated policy; build one with `createPolicy`. */
export interface Policy {
  readonly roles: ReadonlyMap<string, Role>;
  readonly separationOfDuty: readonly (readonly string[])[];
  readonly purposes: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Whoever asks for access: only their roles matter here. */
export interface User {
  readonly roles: readonly string[];
}

/** One cell of a role-by-permission matrix. */
export interface MatrixCell {
  role: string;
  permission: string;
  granted: 'direct' | 'inherited' | false;
  /** For an inherited permission, the role that holds it directly. */
  via?: string;
}

/** Thrown when a user would hold two roles of a conflicting set. */
export class SeparationOfDutyError extends Error {
  /** The conflicting set, and the roles of it that the user would hold. */
  readonly conflict: { set: readonly string[]; held: readonly string[] };

  constructor(set: readonly string[], held: readonly string[]) {
    super(
      `separation of duty: no user may hold more than one of ` +
        `${set.join(', ')}; this user would hold ${held.join(' and ')}`,
    );
    this.name = 'SeparationOfDutyError';
    this.conflict = { set, held };
  }
}

// A name: a letter or underscore, then letters, digits, "_" or "-".
const NAME = /^[a-z_][\w-]{0,63}$/i;

const policies = new WeakSet<Policy>();

/**
 * Validates a policy definition and resolves its role hierarchy.
 *
 * A role that inherits two roles of one conflicting set could never be
 * assigned, so such a definition is refused as well.
 *
 * @param definition `{ roles, separationOfDuty?, purposes? }`.
 * @returns A frozen policy for `can`, `filterRecord` and the other checks.
 * @throws TypeError if a part has the wrong type; RangeError for a malformed
 *   name or permission, a role that is not defined, or an inheritance cycle.
 * @example createPolicy({ roles: { nurse: { permissions: ['read:chart'] } } })
 */
export function createPolicy(definition: PolicyDefinition): Policy {
  assertPlainObject(definition, 'definition');
  assertPlainObject(definition.roles, 'definition.roles');

  const declared = readRoleDefinitions(definition.roles);
  const roles = new Map<string, Role>();
  for (const name of declared.keys()) {
    resolveRole(name, declared, roles, []);
  }

  const separationOfDuty = readSeparationOfDuty(definition, roles);
  for (const role of roles.values()) {
    assertNoConflict(separationOfDuty, role.includes);
  }

  const policy: Policy = Object.freeze({
    roles,
    separationOfDuty,
    purposes: readPurposes(definition.purposes),
  });
  policies.add(policy);
  return policy;
}

/**
 * Decides whether a user may do something. Denies by default: only a
 * permission held by one of the user's roles, directly or by inheritance,
 * grants. `action:resource` also grants `action:resource.field` for every
 * field. Roles the policy does not define grant nothing (fail closed).
 *
 * @param permission `action:resource` or `action:resource.field`.
 * @throws TypeError for a wrong type; RangeError for a malformed permission.
 * @example can(policy, { roles: ['nurse'] }, 'read:chart') // true
 */
export function can(policy: Policy, user: User, permission: string): boolean {
  assertPolicy(policy);
  const roles = readUserRoles(user);
  parsePermission(permission, 'permission');

  return findGrant(policy, roles, permission) !== undefined;
}

/**
 * Decides whether a user may use a permission for a purpose: the user must
 * hold the permission, and the policy must declare the purpose for it, or
 * for the whole resource when a field is asked for (GDPR Art. 5(1)(b):
 * collected for specified purposes, not processed for others).
 *
 * @throws TypeError for a wrong type; RangeError for a malformed name.
 * @example canForPurpose(policy, user, 'read:chart', 'treatment')
 */
export function canForPurpose(
  policy: Policy,
  user: User,
  permission: string,
  purpose: string,
): boolean {
  assertPolicy(policy);
  const roles = readUserRoles(user);
  parsePermission(permission, 'permission');
  assertName(purpose, 'purpose');

  if (findGrant(policy, roles, permission) === undefined) return false;
  return isPurposeDeclared(policy, permission, purpose);
}

/**
 * Throws if the user's roles, counting the roles they inherit, include two
 * of a conflicting set. Counting inherited roles follows the standard's SSD
 * in the presence of a hierarchy: a role brings every role below it.
 *
 * @throws SeparationOfDutyError on a conflict; TypeError for a wrong type;
 *   RangeError for a role the policy does not define.
 * @example checkSeparationOfDuty(policy, { roles: ['clerk', 'auditor'] })
 */
export function checkSeparationOfDuty(policy: Policy, user: User): void {
  assertPolicy(policy);
  const roles = readUserRoles(user);

  const held = new Set<string>();
  for (const name of roles) {
    const role = policy.roles.get(name);
    if (role === undefined) throw unknownRole(policy, name, 'user.roles');
    for (const included of role.includes) held.add(included);
  }
  assertNoConflict(policy.separationOfDuty, held);
}

/**
 * Returns a copy of the user with more roles, after checking that the
 * policy defines them and that separation of duty still holds.
 *
 * @throws SeparationOfDutyError on a conflict; TypeError for a wrong type;
 *   RangeError for a role the policy does not define.
 * @example assignRoles(policy, { roles: [] }, ['nurse'])
 */
export function assignRoles<U extends User>(
  policy: Policy,
  user: U,
  roles: readonly string[],
): U {
  assertPolicy(policy);
  const current = readUserRoles(user);
  assertStringArray(roles, 'roles');

  const combined = [...new Set([...current, ...roles])];
  checkSeparationOfDuty(policy, { roles: combined });
  return { ...user, roles: combined };
}

/**
 * Returns only the fields of a record that the user may read: all of them
 * with `read:<resource>`, or each field named by `read:<resource>.<field>`.
 * With a purpose, a field is kept only if it may be read for that purpose.
 *
 * @param resource The resource the record belongs to, e.g. `patient`.
 * @throws TypeError for a wrong type; RangeError for a malformed name.
 * @example filterRecord(policy, user, 'patient', { name: 'A', diagnosis: 'B' })
 */
export function filterRecord(
  policy: Policy,
  user: User,
  resource: string,
  record: Readonly<Record<string, unknown>>,
  options: { purpose?: string } = {},
): Record<string, unknown> {
  assertPolicy(policy);
  const roles = readUserRoles(user);
  assertName(resource, 'resource');
  assertPlainObject(record, 'record');
  const purpose = readPurposeOption(options);

  const kept = Object.entries(record).filter(([field]) => {
    // A field whose name cannot appear in a permission needs read:resource.
    const permission = NAME.test(field)
      ? `read:${resource}.${field}`
      : `read:${resource}`;
    if (findGrant(policy, roles, permission) === undefined) return false;
    return purpose === undefined
      ? true
      : isPurposeDeclared(policy, permission, purpose);
  });
  // Object.fromEntries defines own properties, so a field named
  // "__proto__" stays a field and never becomes the result's prototype.
  return Object.fromEntries(kept);
}

/**
 * Lays the policy out as a role-by-permission matrix, for a lesson to draw.
 * Permissions are the ones the definition names, sorted; roles keep their
 * order. A cell says whether the role holds the permission itself, inherits
 * it (and from which role), or does not hold it.
 *
 * @throws TypeError if `policy` did not come from `createPolicy`.
 * @example permissionMatrix(policy).cells[0] // { role, permission, granted }
 */
export function permissionMatrix(policy: Policy): {
  roles: string[];
  permissions: string[];
  cells: MatrixCell[];
} {
  assertPolicy(policy);

  const roles = [...policy.roles.keys()];
  const all = [...policy.roles.values()].flatMap((r) => [...r.permissions]);
  const permissions = [...new Set(all)].sort();

  const cells = roles.flatMap((role) =>
    permissions.map((permission) => describeCell(policy, role, permission)),
  );
  return { roles, permissions, cells };
}

function describeCell(
  policy: Policy,
  role: string,
  permission: string,
): MatrixCell {
  const holder = findGrant(policy, [role], permission);
  if (holder === undefined) return { role, permission, granted: false };
  if (holder === role) return { role, permission, granted: 'direct' };
  return { role, permission, granted: 'inherited', via: holder };
}

// Returns the role that holds a permission granting `permission` to one of
// `roles`, or undefined. A resource-wide permission covers its fields.
function findGrant(
  policy: Policy,
  roles: readonly string[],
  permission: string,
): string | undefined {
  const resourceWide = permission.split('.')[0]!;
  for (const name of roles) {
    const grants = policy.roles.get(name)?.grants;
    const holder = grants?.get(permission) ?? grants?.get(resourceWide);
    if (holder !== undefined) return holder;
  }
  return undefined;
}

function isPurposeDeclared(
  policy: Policy,
  permission: string,
  purpose: string,
): boolean {
  const resourceWide = permission.split('.')[0]!;
  return (
    policy.purposes.get(permission)?.has(purpose) === true ||
    policy.purposes.get(resourceWide)?.has(purpose) === true
  );
}

function readRoleDefinitions(
  roles: Readonly<Record<string, RoleDefinition>>,
): Map<string, { permissions: string[]; inherits: string[] }> {
  const declared = new Map<
    string,
    { permissions: string[]; inherits: string[] }
  >();
  // Object.entries lists own properties only: nothing inherited from
  // Object.prototype can turn into a role.
  for (const [name, role] of Object.entries(roles)) {
    const where = `definition.roles.${name}`;
    assertName(name, 'definition.roles: role name');
    assertPlainObject(role, where);
    const { permissions = [], inherits = [] } = role;
    assertStringArray(permissions, `${where}.permissions`);
    permissions.forEach((p, i) =>
      parsePermission(p, `${where}.permissions[${i}]`),
    );
    assertStringArray(inherits, `${where}.inherits`);
    declared.set(name, {
      permissions: [...permissions],
      inherits: [...inherits],
    });
  }
  return declared;
}

// Depth-first: a role is resolved after the roles it inherits. `path` holds
// the roles being resolved, so meeting one of them again is a cycle.
function resolveRole(
  name: string,
  declared: Map<string, { permissions: string[]; inherits: string[] }>,
  resolved: Map<string, Role>,
  path: string[],
): Role {
  const done = resolved.get(name);
  if (done !== undefined) return done;
  if (path.includes(name)) {
    const cycle = [...path.slice(path.indexOf(name)), name];
    throw new RangeError(`inheritance cycle: ${cycle.join(' -> ')}`);
  }

  const own = declared.get(name)!;
  const includes = new Set([name]);
  const grants = new Map(own.permissions.map((p) => [p, name]));
  for (const junior of own.inherits) {
    if (!declared.has(junior)) {
      throw unknownRoleIn(
        declared,
        junior,
        `definition.roles.${name}.inherits`,
      );
    }
    const inherited = resolveRole(junior, declared, resolved, [...path, name]);
    for (const role of inherited.includes) includes.add(role);
    for (const [p, holder] of inherited.grants) {
      if (!grants.has(p)) grants.set(p, holder);
    }
  }

  const role: Role = Object.freeze({
    name,
    permissions: new Set(own.permissions),
    inherits: Object.freeze([...own.inherits]),
    includes,
    grants,
  });
  resolved.set(name, role);
  return role;
}

function readSeparationOfDuty(
  definition: PolicyDefinition,
  roles: ReadonlyMap<string, Role>,
): readonly (readonly string[])[] {
  const { separationOfDuty: sets = [] } = definition;
  if (!Array.isArray(sets)) {
    throw new TypeError(
      `definition.separationOfDuty: expected an array of role sets, ` +
        `got ${describe(sets)}`,
    );
  }
  return Object.freeze(
    sets.map((set: unknown, i) => {
      const where = `definition.separationOfDuty[${i}]`;
      assertStringArray(set, where);
      if (new Set(set).size < 2) {
        throw new RangeError(`${where}: expected at least two distinct roles`);
      }
      for (const name of set) {
        if (!roles.has(name)) throw unknownRoleIn(roles, name, where);
      }
      return Object.freeze([...set]);
    }),
  );
}

function readPurposes(
  purposes: PolicyDefinition['purposes'],
): ReadonlyMap<string, ReadonlySet<string>> {
  const result = new Map<string, ReadonlySet<string>>();
  if (purposes === undefined) return result;
  assertPlainObject(purposes, 'definition.purposes');

  for (const [permission, list] of Object.entries(purposes)) {
    parsePermission(permission, 'definition.purposes: permission');
    const where = `definition.purposes["${permission}"]`;
    assertStringArray(list, where);
    list.forEach((purpose, i) => assertName(purpose, `${where}[${i}]`));
    result.set(permission, new Set(list));
  }
  return result;
}

function assertNoConflict(
  sets: readonly (readonly string[])[],
  held: ReadonlySet<string>,
): void {
  for (const set of sets) {
    const overlap = set.filter((role) => held.has(role));
    if (overlap.length > 1) throw new SeparationOfDutyError(set, overlap);
  }
}

function readUserRoles(user: User): readonly string[] {
  assertPlainObject(user, 'user');
  assertStringArray(user.roles, 'user.roles');
  return user.roles;
}

function readPurposeOption(options: { purpose?: string }): string | undefined {
  assertPlainObject(options, 'options');
  if (options.purpose !== undefined) assertName(options.purpose, 'purpose');
  return options.purpose;
}

function parsePermission(value: unknown, argument: string): void {
  if (typeof value !== 'string') {
    throw new TypeError(
      `${argument}: expected a string like "read:contact", ` +
        `got ${describe(value)}`,
    );
  }
  // action:resource, or action:resource.field for one field of a resource.
  const [action = '', target = '', ...extra] = value.split(':');
  const [resource = '', ...fields] = target.split('.');
  const wellFormed =
    extra.length === 0 &&
    fields.length <= 1 &&
    [action, resource, ...fields].every((name) => NAME.test(name));
  if (!wellFormed) {
    throw new RangeError(
      `${argument}: expected "action:resource" or ` +
        `"action:resource.field", got ${quote(value)}`,
    );
  }
}

function assertName(value: unknown, argument: string): void {
  if (typeof value !== 'string') {
    throw new TypeError(
      `${argument}: expected a string, got ${describe(value)}`,
    );
  }
  if (!NAME.test(value)) {
    throw new RangeError(
      `${argument}: expected a name of letters, digits, "_" or "-" ` +
        `(at most 64, not starting with a digit), got ${quote(value)}`,
    );
  }
}

function assertPolicy(policy: unknown): asserts policy is Policy {
  if (!policies.has(policy as Policy)) {
    throw new TypeError(
      `policy: expected a policy made by createPolicy, got ${describe(policy)}`,
    );
  }
}

function assertPlainObject(value: unknown, argument: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(
      `${argument}: expected an object, got ${describe(value)}`,
    );
  }
}

function assertStringArray(
  value: unknown,
  argument: string,
): asserts value is readonly string[] {
  if (!Array.isArray(value)) {
    throw new TypeError(
      `${argument}: expected an array of strings, got ${describe(value)}`,
    );
  }
  const index = value.findIndex((item) => typeof item !== 'string');
  if (index !== -1) {
    throw new TypeError(
      `${argument}[${index}]: expected a string, got ${describe(value[index])}`,
    );
  }
}

function unknownRole(policy: Policy, name: string, argument: string) {
  return unknownRoleIn(policy.roles, name, argument);
}

function unknownRoleIn(
  roles: ReadonlyMap<string, unknown>,
  name: string,
  argument: string,
): RangeError {
  const known = [...roles.keys()].join(', ');
  return new RangeError(
    `${argument}: unknown role ${quote(name)}; defined roles: ${known}`,
  );
}

function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Uint8Array)
    return `Uint8Array of length ${value.length}`;
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
