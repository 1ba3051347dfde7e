/*
 * 客户中心 rules (guide 2.8), pure: who sees which contact, which number a 双呼 rings, and how a
 * private customer folds into the platform customer of the same account.
 */

export interface SellerRecord {
  name: string | null;
  company: string | null;
  phone: string | null;
  email: string | null;
  remark: string | null;
}

export interface AccountContact {
  phone: string | null;
  email: string | null;
}

/**
 * The contact the seller sees. "由于客户在下单时可以选择不将联系方式展示给服务商，因此在客户信息区域您有可能只能看到
 * 客户的账号…如果客户同意将联系方式展示给服务商，则会显示客户的电话和邮箱": the account's phone and e-mail only with
 * the buyer's consent. What the seller typed in 编辑信息 / 添加用户 is the seller's own record and always shown.
 */
export function visibleContact(own: Pick<SellerRecord, 'phone' | 'email'>, account: AccountContact | null, consented: boolean): AccountContact | null {
  const shared = consented && account ? account : { phone: null, email: null };
  const phone = own.phone ?? shared.phone;
  const email = own.email ?? shared.email;
  return phone === null && email === null ? null : { phone, email };
}

/**
 * The number a 双呼 rings on the customer's side: the seller's record first, else the account's phone.
 * No consent is needed — the platform bridges the call on virtual numbers and neither side sees the
 * other's number ("此时，您只能通过双呼方式联系客户"). Null: nothing to call (customer_no_phone).
 */
export function phoneToCall(own: Pick<SellerRecord, 'phone'>, account: AccountContact | null): string | null {
  return own.phone ?? account?.phone ?? null;
}

const joinRemarks = (a: string | null, b: string | null): string | null => {
  if (!a) return b;
  if (!b || a === b) return a;
  return `${a}\n${b}`;
};

/**
 * 私有客户关联为平台客户 when the seller already has that account as a platform customer: the two become
 * one, the platform row (its orders, demands and history point at the account) absorbing the private
 * one. The platform row's own fields win; the private row fills what the platform row lacks; both
 * remarks are kept, platform first. Tags are the union (done by the caller on the link table).
 */
export function mergedRecord(platform: SellerRecord, priv: SellerRecord): SellerRecord {
  return {
    name: platform.name ?? priv.name,
    company: platform.company ?? priv.company,
    phone: platform.phone ?? priv.phone,
    email: platform.email ?? priv.email,
    remark: joinRemarks(platform.remark, priv.remark),
  };
}
