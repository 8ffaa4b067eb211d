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
  // This sends the whole order. Keep only what the courier needs.
  return { ...order };
}
