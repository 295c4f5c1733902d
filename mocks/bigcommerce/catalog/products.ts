// Plumtree Outfitters' catalog: 260 outdoor products, made the same way every time (no random),
// the first time a products endpoint is called. Every field of products_catalog.v3.yml's
// product_Full example is there, with values an outfitter's store would hold.
import { PLUMTREE_STORE_HASH } from '../../fixtures/bigcommerce';
import type { Product } from './product';
import { DAY_MS, v3DateTime } from './time';

/** Shop All, then the store's categories (the summary's primary one, Tents & Shelters, is 24). */
const SHOP_ALL = 21;
const brandIds = [36, 37, 38, 39, 40];

interface Kind {
  readonly item: string;
  readonly code: string;
  readonly category: number;
  readonly price: number;
  /** Pounds, and width, height, depth in inches (the store's units). */
  readonly weight: number;
  readonly size: readonly [number, number, number];
}

const kinds: readonly Kind[] = [
  { item: '2P Dome Tent', code: 'DOME', category: 24, price: 289, weight: 5.1, size: [22, 7, 7] },
  { item: 'Ultralight Tarp', code: 'TARP', category: 24, price: 119, weight: 1.2, size: [10, 4, 4] },
  { item: '45L Trekking Pack', code: 'PK45', category: 22, price: 179, weight: 3.4, size: [13, 28, 10] },
  { item: '22L Daypack', code: 'PK22', category: 22, price: 79, weight: 1.6, size: [11, 19, 7] },
  { item: '20F Down Sleeping Bag', code: 'BAG20', category: 23, price: 249, weight: 2.3, size: [9, 16, 9] },
  { item: 'Insulated Sleeping Pad', code: 'PAD', category: 23, price: 129, weight: 1.1, size: [4, 9, 4] },
  { item: 'Titanium Cook Pot', code: 'POT', category: 25, price: 49, weight: 0.4, size: [5, 4, 5] },
  { item: 'Canister Stove', code: 'STOVE', category: 25, price: 59, weight: 0.3, size: [3, 4, 3] },
  { item: 'Rechargeable Headlamp', code: 'LAMP', category: 26, price: 45, weight: 0.2, size: [3, 2, 2] },
  { item: 'Collapsible Lantern', code: 'LANT', category: 26, price: 35, weight: 0.5, size: [4, 6, 4] },
  { item: 'Rain Shell Jacket', code: 'SHELL', category: 27, price: 159, weight: 0.9, size: [10, 2, 12] },
  { item: 'Merino Base Layer', code: 'BASE', category: 27, price: 89, weight: 0.5, size: [9, 1, 11] },
  { item: 'Waterproof Hiking Boot', code: 'BOOT', category: 28, price: 189, weight: 2.6, size: [8, 6, 13] },
  { item: 'Trail Running Shoe', code: 'TRAIL', category: 28, price: 139, weight: 1.5, size: [8, 5, 12] },
  { item: 'Baseplate Compass', code: 'CMPS', category: 29, price: 29, weight: 0.1, size: [3, 1, 5] },
  { item: 'GPS Trail Watch', code: 'GPS', category: 29, price: 299, weight: 0.2, size: [3, 3, 3] },
  { item: 'Squeeze Water Filter', code: 'FLTR', category: 30, price: 39, weight: 0.2, size: [2, 7, 2] },
  { item: '2L Hydration Reservoir', code: 'RSVR', category: 30, price: 32, weight: 0.4, size: [7, 14, 2] },
  { item: 'Locking Carabiner', code: 'CARA', category: 31, price: 15, weight: 0.1, size: [2, 4, 1] },
  { item: 'Dynamic Climbing Rope', code: 'ROPE', category: 31, price: 219, weight: 8.8, size: [12, 6, 12] },
];

const models = ['Aspen', 'Basalt', 'Cascade', 'Driftwood', 'Ember', 'Fjord', 'Granite', 'Hollow', 'Juniper', 'Kestrel', 'Larch', 'Meadow', 'Nimbus'];

export const FIRST_PRODUCT_ID = 101;
export const PRODUCT_COUNT = kinds.length * models.length;
/** The catalog summary's oldest_variant_date. */
const CATALOG_START = Date.UTC(2019, 3, 11, 8, 12, 45);

const cents = (value: number) => Math.round(value * 100) / 100;
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** The index-th product: kinds vary fastest, so every page mixes the store's categories. */
function generatedProduct(index: number): Product {
  const kind = kinds[index % kinds.length]!;
  const modelIndex = Math.floor(index / kinds.length);
  const model = models[modelIndex]!;
  const name = `${model} ${kind.item}`;
  const price = Math.round(kind.price * (1 + modelIndex * 0.03)) - 0.05;
  const salePrice = index % 7 === 3 ? cents(price * 0.85) : 0;
  const created = CATALOG_START + index * 8 * DAY_MS;
  const [width, height, depth] = kind.size;
  const reviews = (index * 7) % 41;
  return {
    id: FIRST_PRODUCT_ID + index,
    name,
    type: 'physical',
    sku: `PT-${kind.code}-${model.slice(0, 3).toUpperCase()}`,
    description: `<p>The ${name}: built by Plumtree Outfitters for long days on the trail.</p>`,
    weight: cents(kind.weight * (1 + modelIndex * 0.02)),
    width,
    depth,
    height,
    price,
    cost_price: cents(price * 0.55),
    retail_price: cents(price * 1.2),
    sale_price: salePrice,
    map_price: 0,
    tax_class_id: 0,
    product_tax_code: '',
    calculated_price: salePrice || price,
    categories: [SHOP_ALL, kind.category],
    brand_id: brandIds[index % brandIds.length]!,
    option_set_id: null,
    option_set_display: 'right',
    inventory_level: index % 23 === 5 ? 0 : (index * 37 + 11) % 120,
    inventory_warning_level: 5,
    inventory_tracking: 'product',
    reviews_rating_sum: reviews * 4 + (index % 5),
    reviews_count: reviews,
    total_sold: (index * 53) % 400,
    fixed_cost_shipping_price: 0,
    is_free_shipping: price >= 100,
    is_visible: index % 17 !== 9,
    is_featured: index % 11 === 0,
    related_products: [-1],
    warranty: '',
    bin_picking_number: `A${String(1 + (index % 40)).padStart(2, '0')}-${String(1 + Math.floor(index / 40)).padStart(2, '0')}`,
    layout_file: 'product.html',
    upc: '',
    mpn: `${kind.code}-${1000 + index}`,
    gtin: '',
    search_keywords: `${kind.item.toLowerCase()}, ${model.toLowerCase()}, camping, hiking`,
    availability: 'available',
    availability_description: '',
    gift_wrapping_options_type: 'any',
    gift_wrapping_options_list: [],
    sort_order: 0,
    condition: 'New',
    is_condition_shown: false,
    order_quantity_minimum: 0,
    order_quantity_maximum: 0,
    page_title: '',
    meta_keywords: [],
    meta_description: '',
    date_created: v3DateTime(created),
    date_modified: v3DateTime(created + ((index * 37) % 200) * DAY_MS),
    view_count: (index * 131) % 2000,
    preorder_release_date: null,
    preorder_message: '',
    is_preorder_only: false,
    is_price_hidden: false,
    price_hidden_label: '',
    custom_url: { url: `/${slug(name)}/`, is_customized: false },
    base_variant_id: 400 + index,
    open_graph_type: 'product',
    open_graph_title: '',
    open_graph_description: '',
    open_graph_use_meta_description: true,
    open_graph_use_product_name: true,
    open_graph_use_image: true,
  };
}

let plumtreeCatalog: readonly Product[] | undefined;

/** A store's products as first generated, by id; only Plumtree Outfitters has a catalog. */
export function generatedProducts(storeHash: string): readonly Product[] {
  if (storeHash !== PLUMTREE_STORE_HASH) return [];
  plumtreeCatalog ??= Array.from({ length: PRODUCT_COUNT }, (_, index) => generatedProduct(index));
  return plumtreeCatalog;
}
