// A shop's customer record, and what a support agent's screen shows
// of it. The agent greets Jana by name and checks "the card ending
// 1111"; nothing on the screen needs the full values.
import { maskCardNumber, maskEmail, maskPhone } from './masking.ts';

const customer = {
  id: 'c-10492',
  name: 'Jana Dvořáková',
  email: 'jana.dvorakova@example.com',
  phone: '+420 601 234 567',
  card: '4111 1111 1111 1111',
  birthDate: '1979-06-02',
  address: 'Cejl 12, 602 00 Brno',
  customerSince: '2013-04-18',
  orders: 37,
};

// Built field by field: a field added to the record later stays off
// the screen until someone decides support needs it (Art. 25(2)).
const supportView = {
  name: customer.name,
  email: maskEmail(customer.email),
  phone: maskPhone(customer.phone),
  card: maskCardNumber(customer.card),
  city: customer.address.split(' ').at(-1),
  orders: customer.orders,
};
console.log(supportView);

// maskPhone keeps two digits unless told otherwise; four help an
// agent who reads them back to the caller.
console.log(maskPhone(customer.phone, { keep: 4 }));
