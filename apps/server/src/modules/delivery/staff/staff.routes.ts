import {
  acceptingBody,
  attachEmployeeBody,
  createDepartmentBody,
  createEmployeeBody,
  createLeaveBody,
  createVendorManagerBody,
  departmentSchema,
  employeeCapacityBody,
  employeeListQuery,
  employeePasswordReply,
  employeeSchema,
  leaveSchema,
  myDeliveryProfileOrNoneSchema,
  myDeliveryProfileSchema,
  updateDepartmentBody,
  updateEmployeeBody,
  vendorManagerPasswordReply,
  vendorManagerSchema,
} from '@cloudmart/contracts';
import { z } from 'zod';
import { requireActor, sellerOf } from '../../../platform/auth/actor.js';
import { pageSchema } from '../../../platform/http/pagination.js';
import type { App, Deps } from '../../../platform/module.js';
import { createDepartment, deleteDepartment, listDepartments, updateDepartment } from './departments.service.js';
import { getEmployee, listEmployees } from './employees.queries.js';
import { attachEmployee, createEmployee, deleteEmployee, resetEmployeePassword, setEmployeeCapacity, updateEmployee } from './employees.service.js';
import { createLeave, endLeave, getMyProfile, listLeaves, setMyAccepting } from './leaves.service.js';
import { createVendorManager, deleteVendorManager, listVendorManagers } from './vendor-managers.service.js';

const tags = ['delivery-staff'];
const staff = { auth: 'seller', permission: 'delivery.staff' } as const;
const anyEmployee = { auth: 'seller' } as const;
/** 用户管理 of the vendor (5.2.7): creating accounts that hold permissions is the account admin's */
const accountAdmin = { auth: 'seller', permission: 'account.admin' } as const;
const idParams = z.object({ id: z.string().min(1).max(64) });
const userParams = z.object({ userId: z.string().min(1).max(64) });
const leaveParams = userParams.extend({ leaveId: z.string().min(1).max(64) });

export function staffRoutes(app: App, deps: Deps): void {
  /* departments */
  app.get(
    '/delivery/departments',
    { config: staff, schema: { tags, summary: 'The department tree, as rows with their parent', response: { 200: z.array(departmentSchema) } } },
    async (req) => listDepartments(deps.db, sellerOf(req.actor).sellerId),
  );
  app.post(
    '/delivery/departments',
    { config: staff, schema: { tags, body: createDepartmentBody, response: { 201: departmentSchema } } },
    async (req, reply) => {
      reply.status(201);
      return createDepartment(deps, sellerOf(req.actor).sellerId, req.body);
    },
  );
  app.put(
    '/delivery/departments/:id',
    {
      config: staff,
      schema: { tags, summary: 'Rename or move a department', params: idParams, body: updateDepartmentBody, response: { 200: departmentSchema } },
    },
    async (req) => updateDepartment(deps, sellerOf(req.actor).sellerId, req.params.id, req.body),
  );
  app.delete(
    '/delivery/departments/:id',
    { config: staff, schema: { tags, summary: 'Delete an empty department (no sub-departments, no employees)', params: idParams } },
    async (req, reply) => {
      await deleteDepartment(deps, sellerOf(req.actor).sellerId, req.params.id);
      return reply.status(204).send();
    },
  );

  /* employees */
  app.get(
    '/delivery/employees',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Employees with live open load, capacity and leave',
        querystring: employeeListQuery,
        response: { 200: pageSchema(employeeSchema) },
      },
    },
    async (req) => listEmployees(deps.db, sellerOf(req.actor).sellerId, req.query, deps.clock.now()),
  );
  app.post(
    '/delivery/employees',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Create an employee sub-account; its generated password is shown once',
        body: createEmployeeBody,
        response: { 201: employeePasswordReply },
      },
    },
    async (req, reply) => {
      const { actor, sellerId } = sellerOf(req.actor);
      reply.status(201);
      return createEmployee(deps, actor, sellerId, req.body);
    },
  );
  app.get('/delivery/employees/:userId', { config: staff, schema: { tags, params: userParams, response: { 200: employeeSchema } } }, async (req) =>
    getEmployee(deps.db, sellerOf(req.actor).sellerId, req.params.userId, deps.clock.now()),
  );
  app.post(
    '/delivery/employees/:userId/profile',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Make an existing account of this seller an employee',
        params: userParams,
        body: attachEmployeeBody,
        response: { 201: employeeSchema },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return attachEmployee(deps, sellerOf(req.actor).sellerId, req.params.userId, req.body);
    },
  );
  app.put(
    '/delivery/employees/:userId',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Edit profile, roles, department, capacity, tags, accepting',
        params: userParams,
        body: updateEmployeeBody,
        response: { 200: employeeSchema },
      },
    },
    async (req) => updateEmployee(deps, sellerOf(req.actor).sellerId, req.params.userId, req.body),
  );
  app.put(
    '/delivery/employees/:userId/capacity',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Max open projects (0–50), tags and accepting',
        params: userParams,
        body: employeeCapacityBody,
        response: { 200: employeeSchema },
      },
    },
    async (req) => setEmployeeCapacity(deps, sellerOf(req.actor).sellerId, req.params.userId, req.body),
  );
  app.post(
    '/delivery/employees/:userId/reset-password',
    { config: staff, schema: { tags, summary: 'A new generated password, shown once', params: userParams, response: { 200: employeePasswordReply } } },
    async (req) => resetEmployeePassword(deps, sellerOf(req.actor).sellerId, req.params.userId),
  );
  app.delete(
    '/delivery/employees/:userId',
    { config: staff, schema: { tags, summary: 'Delete the employee account; refused while they operate open projects', params: userParams } },
    async (req, reply) => {
      await deleteEmployee(deps, sellerOf(req.actor).sellerId, req.params.userId);
      return reply.status(204).send();
    },
  );

  /* leave */
  app.get('/delivery/employees/:userId/leaves', { config: staff, schema: { tags, params: userParams, response: { 200: z.array(leaveSchema) } } }, async (req) =>
    listLeaves(deps.db, sellerOf(req.actor).sellerId, req.params.userId),
  );
  app.post(
    '/delivery/employees/:userId/leaves',
    {
      config: staff,
      schema: {
        tags,
        summary: 'Put an employee on leave (no auto-assignment meanwhile)',
        params: userParams,
        body: createLeaveBody,
        response: { 201: leaveSchema },
      },
    },
    async (req, reply) => {
      reply.status(201);
      return createLeave(deps, sellerOf(req.actor).sellerId, req.params.userId, req.body);
    },
  );
  app.delete(
    '/delivery/employees/:userId/leaves/:leaveId',
    { config: staff, schema: { tags, summary: 'End a current leave now, or cancel one to come', params: leaveParams } },
    async (req, reply) => {
      await endLeave(deps, sellerOf(req.actor).sellerId, req.params.userId, req.params.leaveId);
      return reply.status(204).send();
    },
  );

  /* vendor project managers (厂商项目经理, 5.2.7) */
  app.get(
    '/delivery/vendor-managers',
    {
      config: accountAdmin,
      schema: { tags, summary: 'The vendor’s project-manager sub-accounts (the one role of 5.2.7)', response: { 200: z.array(vendorManagerSchema) } },
    },
    async (req) => listVendorManagers(deps, sellerOf(req.actor).sellerId),
  );
  app.post(
    '/delivery/vendor-managers',
    {
      config: accountAdmin,
      schema: {
        tags,
        summary: 'Create a project-manager sub-account with the preset permissions; its generated password is shown once',
        body: createVendorManagerBody,
        response: { 201: vendorManagerPasswordReply },
      },
    },
    async (req, reply) => {
      const { actor, sellerId } = sellerOf(req.actor);
      reply.status(201);
      return createVendorManager(deps, actor, sellerId, req.body);
    },
  );
  app.delete(
    '/delivery/vendor-managers/:userId',
    { config: accountAdmin, schema: { tags, summary: 'Delete a project-manager sub-account', params: userParams } },
    async (req, reply) => {
      await deleteVendorManager(deps, sellerOf(req.actor).sellerId, req.params.userId);
      return reply.status(204).send();
    },
  );

  /* the employee themself */
  app.get(
    '/delivery/me',
    {
      config: anyEmployee,
      schema: {
        tags,
        summary: 'The caller’s employee profile, load and coming leave; employee null for an account without a delivery profile',
        response: { 200: myDeliveryProfileOrNoneSchema },
      },
    },
    async (req) => getMyProfile(deps, requireActor(req.actor)),
  );
  app.put(
    '/delivery/me/accepting',
    { config: anyEmployee, schema: { tags, summary: 'Pause or resume accepting new work', body: acceptingBody, response: { 200: myDeliveryProfileSchema } } },
    async (req) => setMyAccepting(deps, requireActor(req.actor), req.body.accepting),
  );
}
