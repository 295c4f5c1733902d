// Response bodies of the read endpoints, built from a store fixture. Field lists follow
// bigcommerce/docs reference/store_information.v2.yml, catalog/products_catalog.v3.yml
// (getCatalogSummary) and settings.v3.yml (store profile); see FACTS §5.
import type { BigCommerceStoreFixture } from '../fixtures/bigcommerce';
import { now } from './clock';

const cdn = (store: BigCommerceStoreFixture) => `https://cdn11.bigcommerce.com/s-${store.hash}`;

/** GET /stores/{hash}/v2/store */
export function storeInformation(store: BigCommerceStoreFixture) {
  const { owner, timezone, currency } = store;
  return {
    id: store.hash,
    account_uuid: store.accountUuid,
    domain: store.domain,
    secure_url: `https://${store.domain}`,
    control_panel_base_url: `https://store-${store.hash}.mybigcommerce.com`,
    status: 'live',
    name: store.name,
    first_name: owner.firstName,
    last_name: owner.lastName,
    address: store.address,
    country: store.country,
    country_code: store.countryCode,
    infrastructure_region: store.countryCode === 'US' ? 'us-central1' : 'europe-west2',
    phone: store.phone,
    admin_email: owner.email,
    order_email: store.orderEmail,
    favicon_url: `${cdn(store)}/product_images/default_favicon.ico`,
    timezone: {
      name: timezone.name,
      raw_offset: timezone.rawOffset,
      dst_offset: timezone.dstOffset,
      dst_correction: timezone.dstCorrection,
      date_format: { display: 'M jS Y', export: 'M jS Y', extended_display: 'M jS Y @ g:i A' },
    },
    language: 'en',
    currency: currency.code,
    currency_symbol: currency.symbol,
    decimal_separator: '.',
    thousands_separator: ',',
    decimal_places: 2,
    currency_symbol_location: currency.location,
    weight_units: store.weightUnits,
    dimension_units: store.dimensionUnits,
    dimension_decimal_places: 2,
    dimension_decimal_token: '.',
    dimension_thousands_token: ',',
    plan_name: store.plan.name,
    plan_level: store.plan.level,
    plan_is_trial: false,
    industry: store.industry,
    logo: { url: `${cdn(store)}/images/stencil/original/logo.png` },
    is_price_entered_with_tax: false,
    store_id: store.storeId,
    default_channel_id: 1,
    default_site_id: 1000,
    active_comparison_modules: [],
    features: {
      stencil_enabled: true,
      sitewidehttps_enabled: true,
      facebook_catalog_id: '',
      checkout_type: 'optimized',
      wishlists_enabled: true,
      graphql_storefront_api_enabled: true,
      shopper_consent_tracking_enabled: true,
      multi_storefront_enabled: true,
      storefront_limits: { active: 1, total_including_inactive: 1 },
    },
  };
}

/** GET /stores/{hash}/v2/time: Unix seconds from the simulator clock. */
export function storeTime() {
  return { time: Math.floor(now() / 1000) };
}

/** GET /stores/{hash}/v3/catalog/summary */
export function catalogSummary(store: BigCommerceStoreFixture) {
  return { data: { ...store.catalogSummary }, meta: {} };
}

/** GET /stores/{hash}/v3/settings/store/profile */
export function storeProfile(store: BigCommerceStoreFixture) {
  return {
    data: {
      store_name: store.name,
      store_address: store.address,
      store_address_type: store.addressType,
      store_email: store.owner.email,
      store_phone: store.phone,
    },
    meta: {},
  };
}
