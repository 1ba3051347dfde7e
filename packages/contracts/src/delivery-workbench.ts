import { z } from 'zod';
import { calendarDay } from './delivery-calendar.js';

/*
 * The delivery center's workbenches (DOMAIN 5 Dashboards; guide 5.4.9 管理工作台 and 5.5.5
 * 我的工作台). Every "day" and "month" is a Beijing one (UTC+8). Reviews are per order and a
 * project's order links it to its review:
 * - project score = the average of the review's quality, attitude and speed (one decimal);
 * - a bad review = score < 5; a good review = all three are 5;
 * - default reviews (5/5/5 written by the system after 30 days) are not the customer's word
 *   and never count as good, bad or recent.
 * Rates are percentages with one decimal (33.3 = 33.3 %), null when there is nothing to divide by.
 */

const id = z.string().min(1).max(64);
const percent = z.number().nullable();

/* ---------- 管理工作台: the provider's management workbench ---------- */

/** GET /delivery/workbench/provider: `date` (Beijing, default today) is "today"; `departmentId` narrows the task figures to that branch. */
export const providerWorkbenchQuery = z.object({ date: calendarDay.optional(), departmentId: id.optional() });
export type ProviderWorkbenchQuery = z.infer<typeof providerWorkbenchQuery>;

/** 今日任务 */
export const taskFiguresSchema = z.object({
  /** provider-side tasks of this provider's projects whose due_at falls on the date (due by 17:30) */
  due: z.number().int(),
  /** of those, the ones with status done */
  done: z.number().int(),
  /** done / due as a percentage; null when due = 0 */
  completionRate: percent,
  /** of the done ones, those finished strictly before their due_at */
  doneEarly: z.number().int(),
});
export type TaskFigures = z.infer<typeof taskFiguresSchema>;

/** One department's task figures; departmentId null = the assignee has no department (未分配部门). */
export const departmentTaskFiguresSchema = taskFiguresSchema.extend({ departmentId: z.string().nullable(), departmentName: z.string().nullable() });
export type DepartmentTaskFigures = z.infer<typeof departmentTaskFiguresSchema>;

/** A project link of the overdue and paused lists. */
export const workbenchProjectLinkSchema = z.object({
  id: z.string(),
  orderNo: z.string(),
  productName: z.string(),
  currentNodeId: z.string().nullable(),
  currentNodeName: z.string().nullable(),
  /** overdue: when the live task fell overdue (its due time); paused: when it was paused */
  since: z.string().nullable(),
});
export type WorkbenchProjectLink = z.infer<typeof workbenchProjectLinkSchema>;

/** A review of one of the provider's projects (差评管理 shows those with score < 5). */
export const workbenchReviewSchema = z.object({
  projectId: z.string(),
  orderNo: z.string(),
  productName: z.string(),
  quality: z.number().int(),
  attitude: z.number().int(),
  speed: z.number().int(),
  /** the project score: average of the three, one decimal */
  score: z.number(),
  comment: z.string().nullable(),
  createdAt: z.string(),
});
export type WorkbenchReview = z.infer<typeof workbenchReviewSchema>;

export const providerWorkbenchSchema = z.object({
  date: z.string(),
  departmentId: z.string().nullable(),
  tasks: taskFiguresSchema,
  /** the same figures grouped by the assignee's department, busiest first */
  perDepartment: z.array(departmentTaskFiguresSchema),
  /** 今日交付项目: projects of this provider completed (completed_at) in the Beijing day or month */
  delivered: z.object({ today: z.number().int(), yesterday: z.number().int(), thisMonth: z.number().int(), lastMonth: z.number().int() }),
  /** 当前未分单: tasks of this provider's projects waiting for an employee at an assign node */
  unassigned: z.number().int(),
  /**
   * Over the employees who take work now (accepting and not on leave): 总持单量 = sum of max open,
   * 实际持单量 = their active assignments, 剩余接单量 = total − open (never negative).
   */
  capacity: z.object({ employees: z.number().int(), total: z.number().int(), open: z.number().int(), remaining: z.number().int() }),
  /**
   * 被驳回项目: this provider's projects with at least one rejected task, of all its projects.
   * Per department: the department of the employee whose work was rejected — the rejected task's
   * assignee when that is one of the provider's employees, else the project's latest operator.
   */
  rejected: z.object({
    projects: z.number().int(),
    total: z.number().int(),
    percent,
    perDepartment: z.array(z.object({ departmentId: z.string().nullable(), departmentName: z.string().nullable(), projects: z.number().int() })),
  }),
  /** running projects whose live task is overdue, up to 10, longest overdue first */
  overdue: z.object({ total: z.number().int(), items: z.array(workbenchProjectLinkSchema) }),
  /** paused projects, up to 10, longest paused first */
  paused: z.object({ total: z.number().int(), items: z.array(workbenchProjectLinkSchema) }),
  /** reviews of this provider's projects with score < 5, newest first, up to 10 */
  badReviews: z.object({ total: z.number().int(), items: z.array(workbenchReviewSchema) }),
});
export type ProviderWorkbench = z.infer<typeof providerWorkbenchSchema>;

/* ---------- 我的工作台: the employee's own workbench ---------- */

/** GET /delivery/workbench/me: the day (default today) and optionally one product tab; the month and year are the date's. */
/** a Beijing month, YYYY-MM */
export const calendarMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month (YYYY-MM)');
/**
 * `month` and `rankingMonth` switch the month of the monthly figures and of the ranking on their
 * own (guide 5.5.5: "您还可以在每个区域的右上角切换数据的统计月份"); each defaults to the date's month.
 */
export const employeeWorkbenchQuery = z.object({
  date: calendarDay.optional(),
  productId: id.optional(),
  month: calendarMonth.optional(),
  rankingMonth: calendarMonth.optional(),
});
export type EmployeeWorkbenchQuery = z.infer<typeof employeeWorkbenchQuery>;

/** 配置产品在工作台展示 (guide 5.4.10): the products shown as tabs on the employees' workbenches, in order. */
export const workbenchProductSchema = z.object({ productId: z.string(), productName: z.string() });
export const workbenchProductsReply = z.object({
  /** the provider's choice; empty = every product an employee works on is shown */
  configured: z.array(workbenchProductSchema),
  /** what may be chosen: the provider's own service products and those of vendors linked to it */
  available: z.array(workbenchProductSchema),
});
export type WorkbenchProducts = z.infer<typeof workbenchProductsReply>;
export const setWorkbenchProductsBody = z.object({
  productIds: z
    .array(id)
    .max(20)
    .refine((xs) => new Set(xs).size === xs.length, 'each product once'),
});

/**
 * The caller's tasks (assignee = the caller, provider side) on the date:
 * due = due_at on the date; done = finished (status done) on the date, whatever their due date
 * (the guide counts work done ahead of time); rejected = work returned to the caller by a
 * rejection that day (a reopened attempt of their step entered on the date);
 * pending = due on the date and not done (the red number on a product tab).
 */
export const dayTaskCountsSchema = z.object({ due: z.number().int(), done: z.number().int(), rejected: z.number().int(), pending: z.number().int() });
export type DayTaskCounts = z.infer<typeof dayTaskCountsSchema>;

export const workbenchProductTabSchema = dayTaskCountsSchema.extend({ productId: z.string(), productName: z.string() });
export type WorkbenchProductTab = z.infer<typeof workbenchProductTabSchema>;

/** One task name of the day (需求确认, 原型搭建 …) with its counts. */
export const workbenchNodeCountsSchema = dayTaskCountsSchema.extend({ nodeId: z.string(), nodeName: z.string() });
export type WorkbenchNodeCounts = z.infer<typeof workbenchNodeCountsSchema>;

export const rankingEntrySchema = z.object({ place: z.number().int(), userId: z.string(), displayName: z.string(), delivered: z.number().int() });
export type RankingEntry = z.infer<typeof rankingEntrySchema>;

export const employeeWorkbenchSchema = z.object({
  date: z.string(),
  productId: z.string().nullable(),
  me: z.object({
    userId: z.string(),
    displayName: z.string(),
    departmentName: z.string().nullable(),
    avatarFileId: z.string().nullable(),
    /** where the web shows the avatar from (the files download route; the owner and their seller may read it) */
    avatarUrl: z.string().nullable(),
  }),
  /** the day's counts for the product tab chosen (all products when none) */
  tasks: dayTaskCountsSchema,
  /** the same counts per task name, for the product tab chosen */
  nodes: z.array(workbenchNodeCountsSchema),
  /** the products the caller has tasks for, with the day's counts */
  products: z.array(workbenchProductTabSchema),
  /**
   * The date's month. delivered = completed projects the caller operated (an assignment of
   * theirs, released or not) with completed_at in the month; goodReviews = good reviews written
   * in the month on projects the caller operated; averageDeliveryHours = mean of completed_at −
   * created_at over the delivered projects, one decimal; onTimeRate = the caller's tasks done in
   * the month with done_at ≤ due_at, of those done in the month that had a due time.
   */
  month: z.object({
    month: z.string(),
    delivered: z.number().int(),
    goodReviews: z.number().int(),
    averageDeliveryHours: z.number().nullable(),
    onTimeRate: percent,
  }),
  /** the date's year: delivered per month (12 numbers, January first), the year's total and all time */
  year: z.object({ year: z.number().int(), monthly: z.array(z.number().int()), total: z.number().int(), allTime: z.number().int() }),
  /**
   * 本月交付排名 among the provider's employees by delivered in the month: place is 1-based and
   * ties share a place (two at 3 → both 1st, next 3rd); top = the first five.
   */
  ranking: z.object({ month: z.string(), place: z.number().int(), of: z.number().int(), top: z.array(rankingEntrySchema) }),
  /** the last 4 reviews of projects the caller operated, newest first */
  reviews: z.array(workbenchReviewSchema),
});
export type EmployeeWorkbench = z.infer<typeof employeeWorkbenchSchema>;

/** PUT /delivery/me/avatar: a file the caller uploaded with purpose avatar (BMP/JPG/PNG/TIFF ≤ 2 MB). */
export const setAvatarBody = z.object({ fileId: id });
export type SetAvatarBody = z.infer<typeof setAvatarBody>;

export const avatarSchema = z.object({ avatarFileId: z.string().nullable(), avatarUrl: z.string().nullable() });
export type Avatar = z.infer<typeof avatarSchema>;
