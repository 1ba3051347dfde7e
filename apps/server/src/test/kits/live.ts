// Helpers for tests that need a live (the live module's and the product's 商品直播ID).
import { expect } from 'vitest';
import type { Agent, TestApp } from '../harness.js';
import { multipartBody, pngOfSize } from './files.js';

const API = '/api/v1';

/** Upload a 552×280 cover as `seller`. */
export async function uploadCover(seller: Agent): Promise<string> {
  const { payload, headers } = multipartBody({ purpose: 'live_cover' }, { name: 'cover.png', data: pngOfSize(552, 280) });
  const res = await seller.post(`${API}/files`, payload, headers);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/**
 * An approved real-time live of `seller` (its seller's id `sellerId`) tomorrow: the live permission
 * applied for and granted first when it is not yet, then the live created and approved.
 */
export async function approvedLiveOf(t: TestApp, seller: Agent, sellerId: string): Promise<string> {
  const ops = await t.agent('operator');
  const permission = (await seller.get(`${API}/seller/live/permission`)).json<{ status: string }>();
  if (permission.status !== 'approved') {
    if (permission.status !== 'pending') await seller.post(`${API}/seller/live/permission`, { agreementVersion: '2026-12', accepted: true });
    expect((await ops.post(`${API}/operator/live/permissions/${sellerId}/approve`)).statusCode).toBe(200);
  }
  const start = t.clock.now().getTime() + 86_400_000;
  const created = await seller.post(`${API}/seller/lives`, {
    name: '测试直播',
    startsAt: new Date(start).toISOString(),
    endsAt: new Date(start + 3_600_000).toISOString(),
    mode: 'realtime',
    coverFileId: await uploadCover(seller),
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json<{ id: string }>().id;
  expect((await ops.post(`${API}/operator/lives/${id}/approve`)).statusCode).toBe(200);
  return id;
}
