// A v3 catalog product as GET /v3/catalog/products answers it (products_catalog.v3.yml,
// product_Full): the fields the simulator reads and writes are named, the rest pass through.
export interface Product {
  readonly id: number;
  readonly name: string;
  readonly sku: string;
  readonly price: number;
  readonly sale_price: number;
  readonly calculated_price: number;
  readonly date_modified: string;
  readonly [field: string]: unknown;
}
