/**
 * The starting register of clearance measures. The port's real list of "20余项" is not public, so
 * this is a set of typical land-port measures for staff to edit, delete and add to. It carries no
 * start dates or statuses: those belong to the port's own record, not to a template.
 */

import type { MeasureCategory, MeasureTarget, MeasureMetricKey } from './measureTypes';

/** The units on site that lead or take part in measures; free text is allowed too. */
export const PORT_UNITS = [
  '聂拉木海关',
  '樟木边检站',
  '口岸管委会',
  '聂拉木县税务局',
  '口岸公安',
  '聂拉木县人民政府',
] as const;

export interface MeasureTemplateEntry {
  /** stable short code shown in tables and briefings, e.g. ZM-01 */
  code: string;
  title: string;
  category: MeasureCategory;
  /** one plain sentence saying what is done */
  description: string;
  leadUnit: string;
  partnerUnits: readonly string[];
  /** the figures the measure is meant to move; empty for measures no daily figure can show */
  metrics: readonly MeasureMetricKey[];
  /** optional goals on some of those figures */
  targets: readonly MeasureTarget[];
}

export const MEASURE_TEMPLATE: readonly MeasureTemplateEntry[] = [
  {
    code: 'ZM-01',
    title: '"5+2" 全年无休通关',
    category: 'schedule',
    description: '口岸在工作日和周末、节假日均正常开放通关，全年无休。',
    leadUnit: '聂拉木海关',
    partnerUnits: ['樟木边检站', '口岸管委会'],
    metrics: ['restDayCoverage', 'freightTonnes', 'persons'],
    targets: [{ metric: 'restDayCoverage', comparator: '>=', value: 95 }],
  },
  {
    code: 'ZM-02',
    title: '节假日预约通关',
    category: 'schedule',
    description: '企业和旅客可提前预约，在法定节假日和地方节假日办理通关。',
    leadUnit: '聂拉木海关',
    partnerUnits: ['樟木边检站', '口岸管委会'],
    metrics: ['restDayCoverage', 'freightTonnes'],
    targets: [],
  },
  {
    code: 'ZM-03',
    title: '提前申报',
    category: 'declaration',
    description: '企业在货物运抵口岸前即可向海关申报，货到后直接办理查验放行。',
    leadUnit: '聂拉木海关',
    partnerUnits: [],
    metrics: ['importClearanceHours', 'exportClearanceHours'],
    targets: [{ metric: 'importClearanceHours', comparator: '<=', value: 10 }],
  },
  {
    code: 'ZM-04',
    title: '两步申报',
    category: 'declaration',
    description: '进口货物先凭提单概要申报提离，再在规定时间内完整申报。',
    leadUnit: '聂拉木海关',
    partnerUnits: [],
    metrics: ['importClearanceHours', 'declarations'],
    targets: [],
  },
  {
    code: 'ZM-05',
    title: '农副产品绿色通道',
    category: 'inspection',
    description: '对进口农副产品实行优先查验、加急送检、合格即放。',
    leadUnit: '聂拉木海关',
    partnerUnits: ['口岸管委会'],
    metrics: ['importClearanceHours', 'importFreightTonnes'],
    targets: [],
  },
  {
    code: 'ZM-06',
    title: '联合查验"一次停靠、一次查验、一次放行"',
    category: 'inspection',
    description: '海关与边检对同一车辆同时实施查验，车辆只需停靠一次即可放行。',
    leadUnit: '聂拉木海关',
    partnerUnits: ['樟木边检站'],
    metrics: ['importClearanceHours', 'exportClearanceHours', 'vehicles'],
    targets: [],
  },
  {
    code: 'ZM-07',
    title: '边民互市便利化',
    category: 'borderTrade',
    description: '简化边民互市商品的申报和查验手续，方便边民开展互市贸易。',
    leadUnit: '口岸管委会',
    partnerUnits: ['聂拉木海关', '聂拉木县税务局', '聂拉木县人民政府'],
    metrics: ['borderTradeWanYuan'],
    targets: [],
  },
  {
    code: 'ZM-08',
    title: '延长作业时间',
    category: 'schedule',
    description: '根据货物和旅客流量延长口岸每日开放和作业时间。',
    leadUnit: '口岸管委会',
    partnerUnits: ['聂拉木海关', '樟木边检站'],
    metrics: ['openHours', 'vehicles', 'persons'],
    targets: [],
  },
  {
    code: 'ZM-09',
    title: '错峰通关',
    category: 'schedule',
    description: '引导货车和旅客分时段到达口岸，避开通关高峰。',
    leadUnit: '口岸管委会',
    partnerUnits: ['樟木边检站', '口岸公安'],
    metrics: ['vehicles', 'importClearanceHours'],
    targets: [],
  },
  {
    code: 'ZM-10',
    title: '非侵入式机检(H986)',
    category: 'inspection',
    description: '使用 H986 集装箱/车辆检查设备对货车实施机检，减少开箱人工查验。',
    leadUnit: '聂拉木海关',
    partnerUnits: [],
    metrics: ['importClearanceHours', 'exportClearanceHours', 'vehicles'],
    targets: [],
  },
  {
    code: 'ZM-11',
    title: '无纸化通关',
    category: 'digital',
    description: '报关随附单证以电子方式提交，企业不再递交纸质单证。',
    leadUnit: '聂拉木海关',
    partnerUnits: [],
    metrics: ['importClearanceHours', 'exportClearanceHours', 'declarations'],
    targets: [],
  },
  {
    code: 'ZM-12',
    title: '"单一窗口"应用',
    category: 'digital',
    description: '推动企业通过国际贸易"单一窗口"一次提交口岸各部门所需的申报数据。',
    leadUnit: '口岸管委会',
    partnerUnits: ['聂拉木海关', '樟木边检站', '聂拉木县税务局'],
    metrics: ['declarations', 'importClearanceHours'],
    targets: [],
  },
  {
    code: 'ZM-13',
    title: '汇总征税',
    category: 'tax',
    description: '符合条件的企业先放行货物，再按月汇总缴纳税款。',
    leadUnit: '聂拉木海关',
    partnerUnits: ['聂拉木县税务局'],
    metrics: ['importClearanceHours', 'tradeValueWanYuan'],
    targets: [],
  },
  {
    code: 'ZM-14',
    title: '关税保证保险',
    category: 'tax',
    description: '企业以关税保证保险代替保证金，货物先放行后缴税。',
    leadUnit: '聂拉木海关',
    partnerUnits: [],
    metrics: ['importClearanceHours'],
    targets: [],
  },
  {
    code: 'ZM-15',
    title: '通关时效监测通报',
    category: 'monitoring',
    description: '按日统计进出口整体通关时间，定期向各联检单位通报。',
    leadUnit: '口岸管委会',
    partnerUnits: ['聂拉木海关', '樟木边检站'],
    metrics: ['importClearanceHours', 'exportClearanceHours'],
    targets: [
      { metric: 'importClearanceHours', comparator: '<=', value: 10 },
      { metric: 'exportClearanceHours', comparator: '<=', value: 1 },
    ],
  },
  {
    code: 'ZM-16',
    title: '关长接待日、关长信箱、12360 热线',
    category: 'service',
    description: '定期由关领导接待企业，并通过关长信箱和 12360 热线受理咨询和诉求。',
    leadUnit: '聂拉木海关',
    partnerUnits: [],
    metrics: [],
    targets: [],
  },
  {
    code: 'ZM-17',
    title: '"三语"服务',
    category: 'passenger',
    description: '在通关现场提供三种语言的指引标识、咨询和服务。',
    leadUnit: '樟木边检站',
    partnerUnits: ['聂拉木海关', '口岸管委会'],
    metrics: ['persons'],
    targets: [],
  },
  {
    code: 'ZM-18',
    title: '旅检自助通道',
    category: 'passenger',
    description: '为符合条件的出入境人员开通自助查验通道。',
    leadUnit: '樟木边检站',
    partnerUnits: ['聂拉木海关'],
    metrics: ['persons'],
    targets: [],
  },
  {
    code: 'ZM-19',
    title: '高峰期增开通道',
    category: 'passenger',
    description: '在客流和车流高峰时段增开查验通道并增派人员。',
    leadUnit: '樟木边检站',
    partnerUnits: ['聂拉木海关', '口岸公安'],
    metrics: ['persons', 'vehicles'],
    targets: [],
  },
  {
    code: 'ZM-20',
    title: '联检单位联席会议',
    category: 'coordination',
    description: '口岸各联检单位定期召开联席会议，协调解决通关中的问题。',
    leadUnit: '口岸管委会',
    partnerUnits: ['聂拉木海关', '樟木边检站', '聂拉木县税务局', '口岸公安', '聂拉木县人民政府'],
    metrics: [],
    targets: [],
  },
  {
    code: 'ZM-21',
    title: '企业信用培育(AEO)',
    category: 'service',
    description: '辅导进出口企业取得海关高级认证，享受较低查验率等便利。',
    leadUnit: '聂拉木海关',
    partnerUnits: ['聂拉木县人民政府'],
    metrics: ['importClearanceHours', 'exportClearanceHours'],
    targets: [],
  },
  {
    code: 'ZM-22',
    title: '口岸收费目录清单公示',
    category: 'service',
    description: '在口岸现场和网上公开各项收费的项目和标准，清单之外不收费。',
    leadUnit: '口岸管委会',
    partnerUnits: ['聂拉木县人民政府'],
    metrics: [],
    targets: [],
  },
];

/** A template entry once copied out for editing. */
export type EditableTemplateEntry = Omit<MeasureTemplateEntry, 'partnerUnits' | 'metrics' | 'targets'> & {
  partnerUnits: string[];
  metrics: MeasureMetricKey[];
  targets: MeasureTarget[];
};

/**
 * A fresh, independent copy of the template, so the register built from it can be edited without
 * touching the constant the next "restore template" would read.
 */
export function templateMeasures(): EditableTemplateEntry[] {
  return MEASURE_TEMPLATE.map((m) => ({
    ...m,
    partnerUnits: [...m.partnerUnits],
    metrics: [...m.metrics],
    targets: m.targets.map((t) => ({ ...t })),
  }));
}
