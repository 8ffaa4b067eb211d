import { describe, test, expect } from 'vitest';
import fc from 'fast-check';
import {
  assignRoles,
  can,
  canForPurpose,
  checkSeparationOfDuty,
  createPolicy,
  filterRecord,
  permissionMatrix,
  SeparationOfDutyError,
  type PolicyDefinition,
} from '../../../snippets/rbac.ts';
import {
  emptyString,
  expectArgumentError,
  hugeString,
  notArrays,
  notObjects,
  notStrings,
} from '../../support/wrong-inputs.ts';

// Names that are special on Object.prototype; each must grant nothing that
// the policy did not give it.
const prototypeNames = [
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  '__defineGetter__',
];

const hospital: PolicyDefinition = {
  roles: {
    receptionist: { permissions: ['read:patient.name', 'read:appointment'] },
    nurse: {
      permissions: ['read:patient.diagnosis', 'update:chart'],
      inherits: ['receptionist'],
    },
    doctor: { permissions: ['read:patient'], inherits: ['nurse'] },
    billing: { permissions: ['read:invoice', 'read:patient.address'] },
    auditor: { permissions: ['read:audit'] },
  },
  separationOfDuty: [['billing', 'auditor']],
  purposes: {
    'read:patient': ['treatment'],
    'read:patient.address': ['billing'],
    'read:invoice': ['billing', 'audit'],
  },
};

const policy = createPolicy(hospital);

describe('createPolicy', () => {
  test('resolves what each role includes through inheritance', () => {
    expect([...policy.roles.get('doctor')!.includes]).toEqual(['doctor', 'nurse', 'receptionist']);
    expect(policy.roles.get('doctor')!.grants.get('read:appointment')).toBe('receptionist');
  });

  test('returns a frozen policy', () => {
    expect(Object.isFrozen(policy)).toBe(true);
    expect(Object.isFrozen(policy.roles.get('nurse'))).toBe(true);
  });

  test('names an unknown inherited role and lists the defined ones', () => {
    expect(() =>
      createPolicy({
        roles: { nurse: {}, doctor: { inherits: ['nures'] } },
      }),
    ).toThrow(
      new RangeError(
        'definition.roles.doctor.inherits: unknown role "nures"; ' + 'defined roles: nurse, doctor',
      ),
    );
  });

  test('names the roles of an inheritance cycle in order', () => {
    const roles = {
      doctor: { inherits: ['nurse'] },
      nurse: { inherits: ['doctor'] },
    };
    expect(() => createPolicy({ roles })).toThrow(
      new RangeError('inheritance cycle: doctor -> nurse -> doctor'),
    );
  });

  test('finds a cycle that does not start at the first role', () => {
    const roles = {
      intern: { inherits: ['a'] },
      a: { inherits: ['b'] },
      b: { inherits: ['c'] },
      c: { inherits: ['a'] },
    };
    expect(() => createPolicy({ roles })).toThrow('inheritance cycle: a -> b -> c -> a');
  });

  test('refuses a role that inherits itself', () => {
    expect(() => createPolicy({ roles: { a: { inherits: ['a'] } } })).toThrow(
      'inheritance cycle: a -> a',
    );
  });

  test('accepts a diamond, which is not a cycle', () => {
    const diamond = createPolicy({
      roles: {
        base: { permissions: ['read:x'] },
        left: { inherits: ['base'] },
        right: { inherits: ['base'] },
        top: { inherits: ['left', 'right'] },
      },
    });
    expect(can(diamond, { roles: ['top'] }, 'read:x')).toBe(true);
  });

  test.each([
    'read',
    'read:',
    ':contact',
    'read::contact',
    'read:contact:extra',
    'read:patient.a.b',
    'read:patient.',
    'read contact',
    '1read:contact',
    'read:*',
    emptyString,
  ])('refuses the malformed permission %j', (permission) => {
    expectArgumentError(
      () => createPolicy({ roles: { nurse: { permissions: [permission] } } }),
      RangeError,
      'definition.roles.nurse.permissions[0]',
    );
  });

  test('names an unknown role in a separation-of-duty set', () => {
    expect(() => createPolicy({ roles: { a: {} }, separationOfDuty: [['a', 'b']] })).toThrow(
      new RangeError('definition.separationOfDuty[0]: unknown role "b"; defined roles: a'),
    );
  });

  test('refuses a separation-of-duty set of fewer than two roles', () => {
    expectArgumentError(
      () => createPolicy({ roles: { a: {} }, separationOfDuty: [['a', 'a']] }),
      RangeError,
      'definition.separationOfDuty[0]',
    );
  });

  test('refuses a role that would inherit two conflicting roles', () => {
    expect(() =>
      createPolicy({
        roles: { pay: {}, approve: {}, boss: { inherits: ['pay', 'approve'] } },
        separationOfDuty: [['pay', 'approve']],
      }),
    ).toThrow(SeparationOfDutyError);
  });

  test('refuses a malformed permission or purpose in purposes', () => {
    expectArgumentError(
      () => createPolicy({ roles: {}, purposes: { 'read-contact': ['x'] } }),
      RangeError,
      'definition.purposes',
    );
    expectArgumentError(
      () => createPolicy({ roles: {}, purposes: { 'read:contact': ['a b'] } }),
      RangeError,
      'definition.purposes["read:contact"][0]',
    );
  });

  test('refuses a malformed role name', () => {
    expectArgumentError(
      () => createPolicy({ roles: { 'head nurse': {} } }),
      RangeError,
      'role name',
    );
  });

  test('ignores roles inherited from the prototype of definition.roles', () => {
    const roles = Object.create({ admin: { permissions: ['delete:patient'] } });
    const inherited = createPolicy({ roles });
    expect([...inherited.roles.keys()]).toEqual([]);
    expect(can(inherited, { roles: ['admin'] }, 'delete:patient')).toBe(false);
  });
});

describe('can', () => {
  test('grants a permission the role holds directly', () => {
    expect(can(policy, { roles: ['nurse'] }, 'update:chart')).toBe(true);
  });

  test('grants a permission through two levels of inheritance', () => {
    expect(can(policy, { roles: ['doctor'] }, 'read:appointment')).toBe(true);
  });

  test('does not grant a senior role’s permission to its junior', () => {
    expect(can(policy, { roles: ['nurse'] }, 'read:patient')).toBe(false);
    expect(can(policy, { roles: ['receptionist'] }, 'update:chart')).toBe(false);
  });

  test('denies a user with no roles everything', () => {
    expect(can(policy, { roles: [] }, 'read:appointment')).toBe(false);
  });

  test('lets a resource-wide permission cover every field', () => {
    expect(can(policy, { roles: ['doctor'] }, 'read:patient.phone')).toBe(true);
  });

  test('does not let a field permission cover the resource or a sibling', () => {
    const user = { roles: ['receptionist'] };
    expect(can(policy, user, 'read:patient.name')).toBe(true);
    expect(can(policy, user, 'read:patient')).toBe(false);
    expect(can(policy, user, 'read:patient.diagnosis')).toBe(false);
  });

  test('does not confuse actions on one resource', () => {
    expect(can(policy, { roles: ['doctor'] }, 'delete:patient')).toBe(false);
  });

  test('returns false for a role the policy does not define', () => {
    expect(can(policy, { roles: ['admin'] }, 'read:patient')).toBe(false);
    expect(can(policy, { roles: ['admin', 'nurse'] }, 'update:chart')).toBe(true);
  });

  test('grants nothing to undefined roles named after prototype members', () => {
    const user = { roles: prototypeNames };
    for (const name of prototypeNames) {
      expect(can(policy, user, `read:${name}`)).toBe(false);
      expect(can(policy, user, `${name}:patient`)).toBe(false);
      expect(can(policy, user, `${name}:${name}`)).toBe(false);
      expect(can(policy, user, `read:patient.${name}`)).toBe(false);
    }
  });

  test('treats defined roles named after prototype members as plain roles', () => {
    // JSON.parse makes "__proto__" an own key, as a config file would.
    const tricky = createPolicy(
      JSON.parse(`{
        "roles": {
          "__proto__": { "permissions": ["read:constructor"] },
          "constructor": { "permissions": [] },
          "toString": { "inherits": ["__proto__"] },
          "hasOwnProperty": { "permissions": ["hasOwnProperty:toString"] }
        }
      }`),
    );
    expect([...tricky.roles.keys()]).toEqual(prototypeNames.slice(0, 4));
    expect(can(tricky, { roles: ['__proto__'] }, 'read:constructor')).toBe(true);
    expect(can(tricky, { roles: ['__proto__'] }, 'read:contact')).toBe(false);
    expect(can(tricky, { roles: ['constructor'] }, 'read:constructor')).toBe(false);
    expect(can(tricky, { roles: ['toString'] }, 'read:constructor')).toBe(true);
    expect(can(tricky, { roles: ['hasOwnProperty'] }, 'hasOwnProperty:toString')).toBe(true);
    expect(can(tricky, { roles: ['hasOwnProperty'] }, 'read:constructor')).toBe(false);
    expect(can(tricky, { roles: ['valueOf'] }, 'read:constructor')).toBe(false);
  });

  test('refuses a permission string without an action and a resource', () => {
    for (const name of prototypeNames) {
      expectArgumentError(() => can(policy, { roles: ['doctor'] }, name), RangeError, 'permission');
    }
  });

  test('agrees with a naive walk of the hierarchy for random policies', () => {
    const name = fc.constantFrom('a', 'b', 'c', 'd', ...prototypeNames);
    const permission = fc
      .tuple(fc.constantFrom('read', 'toString'), name)
      .map(([action, resource]) => `${action}:${resource}`);
    const definition = fc.uniqueArray(name, { minLength: 1, maxLength: 6 }).chain((names) =>
      fc.tuple(
        fc.constant(names),
        fc.array(fc.array(permission, { maxLength: 3 }), {
          minLength: names.length,
          maxLength: names.length,
        }),
        // Each role may inherit only roles listed after it: no cycles.
        fc.array(fc.array(fc.nat(), { maxLength: 2 }), {
          minLength: names.length,
          maxLength: names.length,
        }),
      ),
    );

    fc.assert(
      fc.property(
        definition,
        fc.array(name, { maxLength: 3 }),
        permission,
        ([names, permissions, links], userRoles, asked) => {
          const roles = new Map(
            names.map((role, i) => {
              const later = names.slice(i + 1);
              const inherits = later.length
                ? [...new Set(links[i]!.map((n) => later[n % later.length]!))]
                : [];
              return [role, { permissions: permissions[i]!, inherits }];
            }),
          );
          const built = createPolicy({ roles: Object.fromEntries(roles) });

          const holds = (role: string): boolean => {
            const own = roles.get(role);
            if (own === undefined) return false;
            return own.permissions.includes(asked) || own.inherits.some(holds);
          };
          expect(can(built, { roles: userRoles }, asked)).toBe(userRoles.some(holds));
        },
      ),
    );
  });
});

describe('canForPurpose', () => {
  const doctor = { roles: ['doctor'] };
  const clerk = { roles: ['billing'] };

  test('allows a held permission for a declared purpose', () => {
    expect(canForPurpose(policy, doctor, 'read:patient', 'treatment')).toBe(true);
  });

  test('refuses a held permission for an undeclared purpose', () => {
    expect(canForPurpose(policy, doctor, 'read:patient', 'marketing')).toBe(false);
  });

  test('refuses a declared purpose when the permission is not held', () => {
    expect(canForPurpose(policy, clerk, 'read:patient', 'treatment')).toBe(false);
  });

  test('refuses a permission that declares no purpose at all', () => {
    expect(canForPurpose(policy, doctor, 'update:chart', 'treatment')).toBe(false);
  });

  test('lets a field use its own purposes and its resource’s', () => {
    const field = 'read:patient.address';
    expect(canForPurpose(policy, clerk, field, 'billing')).toBe(true);
    expect(canForPurpose(policy, doctor, field, 'treatment')).toBe(true);
    expect(canForPurpose(policy, doctor, field, 'billing')).toBe(true);
    expect(canForPurpose(policy, doctor, 'read:patient.diagnosis', 'billing')).toBe(false);
  });

  test('grants nothing for purposes named after prototype members', () => {
    for (const name of prototypeNames) {
      expect(canForPurpose(policy, doctor, 'read:patient', name)).toBe(false);
    }
  });
});

describe('checkSeparationOfDuty', () => {
  test('accepts roles that do not conflict', () => {
    expect(checkSeparationOfDuty(policy, { roles: ['billing', 'nurse'] })).toBeUndefined();
  });

  test('throws for two roles of one conflicting set', () => {
    let thrown: unknown;
    try {
      checkSeparationOfDuty(policy, { roles: ['auditor', 'billing'] });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SeparationOfDutyError);
    expect((thrown as SeparationOfDutyError).message).toBe(
      'separation of duty: no user may hold more than one of ' +
        'billing, auditor; this user would hold billing and auditor',
    );
    expect((thrown as SeparationOfDutyError).conflict).toEqual({
      set: ['billing', 'auditor'],
      held: ['billing', 'auditor'],
    });
  });

  test('counts the roles a role inherits', () => {
    const shop = createPolicy({
      roles: {
        clerk: { permissions: ['create:payment'] },
        manager: { inherits: ['clerk'] },
        auditor: { permissions: ['approve:payment'] },
      },
      separationOfDuty: [['clerk', 'auditor']],
    });
    expect(() => checkSeparationOfDuty(shop, { roles: ['manager', 'auditor'] })).toThrow(
      'this user would hold clerk and auditor',
    );
  });

  test('throws a RangeError for a role the policy does not define', () => {
    expectArgumentError(
      () => checkSeparationOfDuty(policy, { roles: ['constructor'] }),
      RangeError,
      'unknown role "constructor"',
    );
    expectArgumentError(
      () => checkSeparationOfDuty(policy, { roles: ['__proto__'] }),
      RangeError,
      'user.roles',
    );
  });
});

describe('assignRoles', () => {
  test('returns a copy with the roles added once', () => {
    const user = { id: 'u-1', roles: ['nurse'] };
    const updated = assignRoles(policy, user, ['billing', 'nurse']);
    expect(updated).toEqual({ id: 'u-1', roles: ['nurse', 'billing'] });
    expect(user.roles).toEqual(['nurse']);
  });

  test('refuses an assignment that breaks separation of duty', () => {
    const user = { roles: ['billing'] };
    expect(() => assignRoles(policy, user, ['auditor'])).toThrow(SeparationOfDutyError);
    expect(user.roles).toEqual(['billing']);
  });

  test('refuses a role the policy does not define', () => {
    expectArgumentError(
      () => assignRoles(policy, { roles: [] }, ['toString']),
      RangeError,
      'unknown role "toString"',
    );
  });
});

describe('filterRecord', () => {
  const record = {
    name: 'Ada',
    diagnosis: 'J45',
    address: '1 Main St',
    'first visit': '2024-01-02',
  };

  test('keeps every field for a resource-wide reader', () => {
    expect(filterRecord(policy, { roles: ['doctor'] }, 'patient', record)).toEqual(record);
  });

  test('keeps only the fields a field permission names', () => {
    expect(filterRecord(policy, { roles: ['nurse'] }, 'patient', record)).toEqual({
      name: 'Ada',
      diagnosis: 'J45',
    });
  });

  test('returns an empty object for a user who may read nothing', () => {
    expect(filterRecord(policy, { roles: [] }, 'patient', record)).toEqual({});
  });

  test('keeps only fields readable for the purpose given', () => {
    const both = { roles: ['doctor'] };
    expect(filterRecord(policy, both, 'patient', record, { purpose: 'billing' })).toEqual({
      address: '1 Main St',
    });
    expect(filterRecord(policy, both, 'patient', record, { purpose: 'treatment' })).toEqual(record);
  });

  test('does not change the record', () => {
    const copy = { ...record };
    filterRecord(policy, { roles: ['nurse'] }, 'patient', copy);
    expect(copy).toEqual(record);
  });

  test('never lets a "__proto__" field become the prototype', () => {
    const parsed = JSON.parse('{"__proto__": {"admin": true}, "name": "Ada"}');
    const nurse = filterRecord(policy, { roles: ['nurse'] }, 'patient', parsed);
    expect(Object.keys(nurse)).toEqual(['name']);
    const doctor = filterRecord(policy, { roles: ['doctor'] }, 'patient', parsed);
    expect(Object.getPrototypeOf(doctor)).toBe(Object.prototype);
    expect(Object.hasOwn(doctor, '__proto__')).toBe(true);
    expect((doctor as { admin?: boolean }).admin).toBeUndefined();
  });

  test('does not read prototype-named fields without a permission', () => {
    const parsed = JSON.parse('{"constructor": 1, "toString": 2, "name": 3}');
    expect(filterRecord(policy, { roles: ['receptionist'] }, 'patient', parsed)).toEqual({
      name: 3,
    });
  });
});

describe('permissionMatrix', () => {
  test('marks direct, inherited and missing permissions', () => {
    const small = createPolicy({
      roles: {
        nurse: { permissions: ['read:chart'] },
        doctor: { permissions: ['write:chart'], inherits: ['nurse'] },
      },
    });
    expect(permissionMatrix(small)).toEqual({
      roles: ['nurse', 'doctor'],
      permissions: ['read:chart', 'write:chart'],
      cells: [
        { role: 'nurse', permission: 'read:chart', granted: 'direct' },
        { role: 'nurse', permission: 'write:chart', granted: false },
        {
          role: 'doctor',
          permission: 'read:chart',
          granted: 'inherited',
          via: 'nurse',
        },
        { role: 'doctor', permission: 'write:chart', granted: 'direct' },
      ],
    });
  });

  test('agrees with can for every cell', () => {
    const { cells } = permissionMatrix(policy);
    expect(cells).toHaveLength(5 * 8);
    for (const cell of cells) {
      const granted = can(policy, { roles: [cell.role] }, cell.permission);
      expect(cell.granted !== false).toBe(granted);
    }
  });
});

describe('wrong inputs', () => {
  const user = { roles: ['nurse'] };
  const notPolicies = [...notObjects, {}, hospital];

  test('every function names a policy that createPolicy did not make', () => {
    for (const bad of notPolicies) {
      const p = bad as never;
      expectArgumentError(() => can(p, user, 'read:x'), TypeError, 'policy');
      expectArgumentError(() => canForPurpose(p, user, 'read:x', 'care'), TypeError, 'policy');
      expectArgumentError(() => checkSeparationOfDuty(p, user), TypeError, 'policy');
      expectArgumentError(() => assignRoles(p, user, []), TypeError, 'policy');
      expectArgumentError(() => filterRecord(p, user, 'patient', {}), TypeError, 'policy');
      expectArgumentError(() => permissionMatrix(p), TypeError, 'policy');
    }
  });

  test('createPolicy names the part of the definition that is wrong', () => {
    for (const bad of notObjects) {
      expectArgumentError(() => createPolicy(bad as never), TypeError, 'definition');
      expectArgumentError(
        () => createPolicy({ roles: bad as never }),
        TypeError,
        'definition.roles',
      );
      expectArgumentError(
        () => createPolicy({ roles: { a: bad as never } }),
        TypeError,
        'definition.roles.a',
      );
    }
    for (const bad of notArrays.filter((v) => v !== undefined)) {
      expectArgumentError(
        () => createPolicy({ roles: { a: { permissions: bad as never } } }),
        TypeError,
        'definition.roles.a.permissions',
      );
      expectArgumentError(
        () => createPolicy({ roles: { a: { inherits: bad as never } } }),
        TypeError,
        'definition.roles.a.inherits',
      );
      expectArgumentError(
        () => createPolicy({ roles: {}, separationOfDuty: bad as never }),
        TypeError,
        'definition.separationOfDuty',
      );
    }
    for (const bad of notStrings) {
      expectArgumentError(
        () => createPolicy({ roles: { a: { permissions: [bad as never] } } }),
        TypeError,
        'definition.roles.a.permissions[0]',
      );
    }
    expectArgumentError(
      () => createPolicy({ roles: {}, purposes: 'x' as never }),
      TypeError,
      'definition.purposes',
    );
  });

  test('every check names a user or roles of the wrong type', () => {
    for (const bad of [...notObjects, { roles: 'nurse' }, { roles: [1] }]) {
      const u = bad as never;
      const argument = typeof bad === 'object' && bad ? 'user.roles' : 'user';
      expectArgumentError(() => can(policy, u, 'read:x'), TypeError, argument);
      expectArgumentError(() => canForPurpose(policy, u, 'read:x', 'care'), TypeError, argument);
      expectArgumentError(() => checkSeparationOfDuty(policy, u), TypeError, argument);
      expectArgumentError(() => assignRoles(policy, u, []), TypeError, argument);
      expectArgumentError(() => filterRecord(policy, u, 'patient', {}), TypeError, argument);
    }
    for (const bad of notArrays) {
      expectArgumentError(() => assignRoles(policy, user, bad as never), TypeError, 'roles');
    }
  });

  test('string arguments name themselves: TypeError, then RangeError', () => {
    for (const bad of notStrings) {
      const s = bad as never;
      expectArgumentError(() => can(policy, user, s), TypeError, 'permission');
      expectArgumentError(() => canForPurpose(policy, user, s, 'care'), TypeError, 'permission');
      expectArgumentError(() => canForPurpose(policy, user, 'read:x', s), TypeError, 'purpose');
      expectArgumentError(() => filterRecord(policy, user, s, {}), TypeError, 'resource');
    }
    for (const bad of [emptyString, hugeString]) {
      expectArgumentError(() => can(policy, user, bad), RangeError, 'permission');
      expectArgumentError(() => canForPurpose(policy, user, 'read:x', bad), RangeError, 'purpose');
      expectArgumentError(() => filterRecord(policy, user, bad, {}), RangeError, 'resource');
    }
  });

  test('filterRecord names a record or options of the wrong type', () => {
    for (const bad of notObjects) {
      expectArgumentError(
        () => filterRecord(policy, user, 'patient', bad as never),
        TypeError,
        'record',
      );
    }
    expectArgumentError(
      () => filterRecord(policy, user, 'patient', {}, null as never),
      TypeError,
      'options',
    );
    expectArgumentError(
      () => filterRecord(policy, user, 'patient', {}, { purpose: 'a b' }),
      RangeError,
      'purpose',
    );
  });

  test('error messages say what came', () => {
    expect(() => can(policy, null as never, 'read:x')).toThrow(
      'user: expected an object, got null',
    );
    expect(() => can(policy, user, 'read')).toThrow(
      'permission: expected "action:resource" or "action:resource.field", ' + 'got "read"',
    );
  });
});
