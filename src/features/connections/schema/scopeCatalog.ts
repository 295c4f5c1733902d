// Store resource scopes as BigCommerce lists them on its API-account screen.
// Compiled from ../shared/bigcommerce-api/scopes.json (group "store_resource"); regenerate rather than edit.
export interface ScopeLevel {
  readonly permission: string;
  readonly scope: string;
  readonly description: string;
}
export interface ScopeResource {
  readonly name: string;
  readonly levels: readonly ScopeLevel[];
}

export const scopeResources: readonly ScopeResource[] = [
  {
    name: "App Extensions",
    levels: [
      { permission: "manage", scope: "store_app_extensions_manage", description: "Manage App Extensions (only for app-level API accounts)" },
    ],
  },
  {
    name: "Carts",
    levels: [
      { permission: "read-only", scope: "store_cart_read_only", description: "Read carts (Carts V3)" },
      { permission: "modify", scope: "store_cart", description: "Read and write carts (Carts V3)" },
    ],
  },
  {
    name: "Channel Settings",
    levels: [
      { permission: "read-only", scope: "store_channel_settings_read_only", description: "Read channels (Channels V3)" },
      { permission: "modify", scope: "store_channel_settings", description: "Read and write channels (Channels V3)" },
    ],
  },
  {
    name: "Channel Listings",
    levels: [
      { permission: "read-only", scope: "store_channel_listings_read_only", description: "Read a channel's listings" },
      { permission: "modify", scope: "store_channel_listings", description: "Read and write a channel's listings" },
    ],
  },
  {
    name: "Checkouts",
    levels: [
      { permission: "read-only", scope: "store_checkout_read_only", description: "Read checkouts (Checkouts V3)" },
      { permission: "modify", scope: "store_checkout", description: "Read and write checkouts (Checkouts V3)" },
    ],
  },
  {
    name: "Checkout Content",
    levels: [
      { permission: "read-only", scope: "store_content_checkout_read_only", description: "Read checkout-page content (Scripts V3)" },
      { permission: "modify", scope: "store_content_checkout", description: "Read and write checkout-page content, e.g. scripts (Scripts V3)" },
    ],
  },
  {
    name: "Content",
    levels: [
      { permission: "read-only", scope: "store_v2_content_read_only", description: "Read store content: pages, blog posts, redirects (V2) and widgets (V3)" },
      { permission: "modify", scope: "store_v2_content", description: "Read and write store content: pages, blog posts, redirects (V2) and widgets (V3)" },
    ],
  },
  {
    name: "Customers",
    levels: [
      { permission: "read-only", scope: "store_v2_customers_read_only", description: "Read customers and customer groups (V2), subscribers and wishlists (V3)" },
      { permission: "modify", scope: "store_v2_customers", description: "Read and write customers and customer groups (V2), subscribers and wishlists (V3)" },
    ],
  },
  {
    name: "Customers Login",
    levels: [
      { permission: "modify", scope: "store_v2_customers_login", description: "Sign customers in to the storefront (Customer Login API)" },
    ],
  },
  {
    name: "Fulfillment Methods",
    levels: [
      { permission: "read-only", scope: "store_fulfillment_methods_read_only", description: "Read order fulfillment methods (Pickup Methods / Pickup Options V3)" },
      { permission: "modify", scope: "store_fulfillment_methods_manage", description: "Read and write order fulfillment methods (Pickup Methods / Pickup Options V3)" },
    ],
  },
  {
    name: "Information & Settings",
    levels: [
      { permission: "read-only", scope: "store_v2_information_read_only", description: "Read store information and time (V2) and settings (V3)" },
      { permission: "modify", scope: "store_v2_information", description: "Read and write store information and time (V2) and settings (V3)" },
    ],
  },
  {
    name: "Marketing",
    levels: [
      { permission: "read-only", scope: "store_v2_marketing_read_only", description: "Read coupons, gift certificates and banners (V2)" },
      { permission: "modify", scope: "store_v2_marketing", description: "Read and write coupons, gift certificates, banners (V2) and promotions (V3)" },
    ],
  },
  {
    name: "Metafield Ownership",
    levels: [
      { permission: "manage", scope: "store_metafield_change_owner", description: "Change which API account owns a metafield" },
    ],
  },
  {
    name: "Metafields Access",
    levels: [
      { permission: "standard", scope: "store_metafield_write", description: "Default; create and manage metafields owned by the calling API account" },
      { permission: "full", scope: "store_metafield_write_all", description: "Manage all store metafields whoever created them, including app_only ones" },
    ],
  },
  {
    name: "Orders",
    levels: [
      { permission: "read-only", scope: "store_v2_orders_read_only", description: "Read orders and order statuses (Orders V2)" },
      { permission: "modify", scope: "store_v2_orders", description: "Read and write orders and order statuses (Orders V2)" },
    ],
  },
  {
    name: "Order Fulfillment",
    levels: [
      { permission: "read-only", scope: "store_order_fulfillment_read_only", description: "Read order fulfillments (Pickup V3)" },
      { permission: "modify", scope: "store_order_fulfillment_manage", description: "Read and write order fulfillments (Pickup V3)" },
    ],
  },
  {
    name: "Order Transactions",
    levels: [
      { permission: "read-only", scope: "store_v2_transactions_read_only", description: "Read order transactions (Orders V3 transactions)" },
      { permission: "modify", scope: "store_v2_transactions", description: "Read and write order transactions (Orders V3 transactions)" },
    ],
  },
  {
    name: "Payments - Get accepted methods",
    levels: [
      { permission: "read-only", scope: "store_payments_methods_read", description: "List accepted payment methods" },
    ],
  },
  {
    name: "Products",
    levels: [
      { permission: "read-only", scope: "store_v2_products_read_only", description: "Read the catalog (Catalog V3) and price lists" },
      { permission: "modify", scope: "store_v2_products", description: "Read and write the catalog (products, brands, categories, etc., Catalog V3) and price lists" },
    ],
  },
  {
    name: "Sites & Routes",
    levels: [
      { permission: "read-only", scope: "store_sites_read_only", description: "Read sites, routes and certificates (Sites V3, channel sites)" },
      { permission: "modify", scope: "store_sites", description: "Read and write sites, routes and certificates (Sites V3, channel sites)" },
    ],
  },
  {
    name: "Store Inventory",
    levels: [
      { permission: "read-only", scope: "store_inventory_read_only", description: "Read inventory (Inventory V3)" },
      { permission: "modify", scope: "store_inventory", description: "Read and write inventory (Inventory V3)" },
    ],
  },
  {
    name: "Store Locations",
    levels: [
      { permission: "read-only", scope: "store_locations_read_only", description: "Read locations (Locations V3)" },
      { permission: "modify", scope: "store_locations", description: "Read and write locations (Locations V3)" },
    ],
  },
  {
    name: "Stored Payment Instruments",
    levels: [
      { permission: "read-only", scope: "store_stored_payment_instruments_read_only", description: "Read stored payment instruments" },
      { permission: "modify", scope: "store_stored_payment_instruments", description: "Read and write stored payment instruments" },
    ],
  },
  {
    name: "Store Translations",
    levels: [
      { permission: "read-only", scope: "store_translations_read_only", description: "Read translations (Translations Admin GraphQL API)" },
      { permission: "modify", scope: "store_translations", description: "Read and write translations (Translations Admin GraphQL API)" },
    ],
  },
  {
    name: "Themes",
    levels: [
      { permission: "read-only", scope: "store_themes_read_only", description: "Read themes (Themes V3)" },
      { permission: "modify", scope: "store_themes_manage", description: "Read and write themes (Themes V3)" },
    ],
  },
];

export const allScopes = scopeResources.flatMap((resource) => resource.levels.map((level) => level.scope));

const resourceOfScope = new Map(scopeResources.flatMap((resource) => resource.levels.map((level) => [level.scope, resource.name] as const)));

export function resourceNameOf(scope: string): string | undefined {
  return resourceOfScope.get(scope);
}
