// A courier needs to deliver this order. Return only what the
// courier needs: the recipient's name, the address and the parcel
// size. Everything else stays with the shop (GDPR Art. 5(1)(c)).

export interface Order {
  orderId: string;
  name: string;
  email: string;
  phone: string;
  birthDate: string;
  address: { street: string; city: string; postcode: string };
  items: { sku: string; price: number }[];
  parcelSize: 'S' | 'M' | 'L';
}

export function forCourier(order: Order) {
  // Build a new object field by field: a field added to Order later
  // is then not sent until someone decides the courier needs it.
  return {
    name: order.name,
    address: { ...order.address },
    parcelSize: order.parcelSize,
  };
}
