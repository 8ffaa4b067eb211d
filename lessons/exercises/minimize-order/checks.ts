import { assert } from 'chai';
import { forCourier, type Order } from './exercise.ts';

const order: Order = {
  orderId: 'o-7731',
  name: 'Ana Souza',
  email: 'ana.souza@example.org',
  phone: '+31 20 555 0182',
  birthDate: '1988-04-17',
  address: {
    street: 'Prinsengracht 263',
    city: 'Amsterdam',
    postcode: '1016 GV',
  },
  items: [{ sku: 'book-42', price: 19.5 }],
  parcelSize: 'M',
};

export const checks = {
  'keeps the name, the address and the parcel size': () => {
    const parcel = forCourier(order) as Record<string, unknown>;
    assert.equal(parcel.name, 'Ana Souza');
    assert.deepEqual(parcel.address, order.address);
    assert.equal(parcel.parcelSize, 'M');
  },
  'leaves out email, phone and birth date': () => {
    const parcel = forCourier(order) as Record<string, unknown>;
    for (const field of ['email', 'phone', 'birthDate']) {
      assert.notProperty(
        parcel,
        field,
        `the courier does not need ${field}`,
      );
    }
  },
  'sends nothing else': () => {
    const parcel = forCourier(order) as Record<string, unknown>;
    assert.sameMembers(Object.keys(parcel), [
      'name',
      'address',
      'parcelSize',
    ]);
  },
  'does not share the address object with the shop': () => {
    const parcel = forCourier(order) as { address: object };
    assert.notStrictEqual(
      parcel.address,
      order.address,
      'copy the address',
    );
  },
};
