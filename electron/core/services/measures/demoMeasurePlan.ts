import type { MeasureStatus } from '../../../../shared/domain/measures/measureTypes';

/**
 * A plausible history for each measure of the starting template, for the demo data set: when it was
 * registered, how its status moved, and the progress notes staff would have written. Dates follow
 * the port's real timeline (two-way cargo from 2023-05-01, passengers from 2023-09-01); the figures
 * in the notes are illustrative. A date is either a day or a number of days before "today", so
 * that the recent notes, and the two measures left to stall (ZM-07, ZM-21) and the one overdue
 * (ZM-13), look the same whenever the demo is built.
 */

export type PlanDate = string | { daysAgo: number };

export interface DemoStep {
  on: PlanDate;
  to: MeasureStatus;
  note: string;
}

export interface DemoMeasurePlan {
  registeredOn: PlanDate;
  /** status changes after registration (which is always as 计划中), in order */
  steps: DemoStep[];
  /** for a measure still 计划中: the day it is planned to start */
  plannedStart?: PlanDate;
  notes: { on: PlanDate; note: string }[];
}

const ago = (daysAgo: number) => ({ daysAgo });

export const DEMO_MEASURE_PLAN: Readonly<Record<string, DemoMeasurePlan>> = {
  'ZM-01': {
    registeredOn: '2023-04-12',
    steps: [{ on: '2023-05-01', to: 'inForce', note: '双向货运恢复当日起实行“5+2”无休通关，周末、节假日照常开放' }],
    notes: [
      { on: '2023-10-06', note: '中秋国庆假期口岸每日开放，货运车辆正常通关' },
      { on: '2024-02-20', note: '藏历新年、春节假期实行预约通关，休息日均开放' },
      { on: '2025-01-20', note: '2024 年休息日开放率约 97%，因降雪封路闭关 4 个休息日' },
      { on: ago(25), note: '本月周末照常开放，休息日货运量占比约三成' },
    ],
  },
  'ZM-02': {
    registeredOn: '2023-08-21',
    steps: [
      { on: '2023-09-11', to: 'inProgress', note: '制定节假日预约通关办法，公布预约电话' },
      { on: '2023-09-28', to: 'inForce', note: '国庆假期起正式实行节假日预约通关' },
    ],
    notes: [
      { on: '2024-04-30', note: '五一假期受理预约通关 86 辆次' },
      { on: '2025-10-08', note: '国庆中秋假期受理预约 132 单，无滞留车辆' },
    ],
  },
  'ZM-03': {
    registeredOn: '2023-05-20',
    steps: [{ on: '2023-07-03', to: 'inForce', note: '企业可在货物运抵口岸前向海关申报' }],
    notes: [
      { on: '2023-12-29', note: '全年提前申报报关单占比 41%' },
      { on: '2024-12-30', note: '提前申报占比提升至 63%' },
    ],
  },
  'ZM-04': {
    registeredOn: '2023-09-05',
    steps: [
      { on: '2023-11-01', to: 'inProgress', note: '开展两步申报政策宣讲和系统操作培训' },
      { on: '2024-01-15', to: 'inForce', note: '首票两步申报货物顺利提离' },
    ],
    notes: [
      { on: '2023-12-12', note: '走访 12 家进口企业，8 家有意使用两步申报' },
      { on: '2024-06-30', note: '上半年办理两步申报 215 票' },
    ],
  },
  'ZM-05': {
    registeredOn: '2024-02-26',
    steps: [{ on: '2024-04-08', to: 'inForce', note: '对进口农副产品实行优先查验、加急送检、合格即放' }],
    notes: [
      { on: '2024-08-15', note: '鲜活农副产品平均通关时间缩短至 3 小时以内' },
      { on: ago(70), note: '绿色通道全年保障农副产品通关，未发生滞港' },
    ],
  },
  'ZM-06': {
    registeredOn: '2024-03-04',
    steps: [
      { on: '2024-05-06', to: 'inProgress', note: '海关、边检共同制定联合查验作业规程' },
      { on: '2024-07-01', to: 'inForce', note: '货运车辆实行“一次停靠、一次查验、一次放行”' },
    ],
    notes: [
      { on: '2024-06-12', note: '联合查验场地改造完成' },
      { on: '2025-03-18', note: '联合查验覆盖全部出入境货车' },
    ],
  },
  'ZM-07': {
    registeredOn: '2024-01-15',
    steps: [{ on: '2024-03-18', to: 'inProgress', note: '梳理边民互市商品清单，简化申报手续' }],
    notes: [
      { on: '2024-06-20', note: '完成互市贸易信息化申报系统需求调研' },
      { on: '2024-11-05', note: '互市商品清单调整方案已上报' },
      { on: ago(48), note: '仍在等待上级对互市商品清单调整的批复' },
    ],
  },
  'ZM-08': {
    registeredOn: '2024-04-22',
    steps: [{ on: '2024-06-03', to: 'inForce', note: '旺季（6—10 月）口岸作业时间延长至 20:00' }],
    notes: [
      { on: '2024-10-31', note: '旺季结束，恢复正常作业时间' },
      { on: '2025-06-02', note: '今年旺季继续延长作业时间' },
    ],
  },
  'ZM-09': {
    registeredOn: '2024-08-05',
    steps: [
      { on: '2024-09-09', to: 'inProgress', note: '试行货车分时段预约到港' },
      { on: '2025-01-13', to: 'suspended', note: '冬季降雪封路频繁，车辆到港时间无法保证，暂停试行' },
    ],
    notes: [{ on: '2024-11-20', note: '试行期间高峰时段排队车辆减少约三成' }],
  },
  'ZM-10': {
    registeredOn: '2024-05-06',
    steps: [
      { on: '2024-10-14', to: 'inProgress', note: 'H986 设备进场安装' },
      { on: '2025-04-01', to: 'inForce', note: 'H986 机检正式投入使用' },
    ],
    notes: [
      { on: '2025-01-10', note: '设备调试完成，开展查验人员培训' },
      { on: '2025-09-30', note: '机检查验占全部查验的六成' },
    ],
  },
  'ZM-11': {
    registeredOn: '2023-04-20',
    steps: [{ on: '2023-05-01', to: 'inForce', note: '双向货运恢复即实行无纸化通关' }],
    notes: [{ on: '2024-03-01', note: '随附单证电子化率达 100%' }],
  },
  'ZM-12': {
    registeredOn: '2023-09-15',
    steps: [
      { on: '2023-10-16', to: 'inProgress', note: '组织企业注册国际贸易“单一窗口”账号' },
      { on: '2024-03-04', to: 'inForce', note: '主要进出口企业均通过“单一窗口”申报' },
    ],
    notes: [
      { on: '2023-12-20', note: '已有 35 家企业完成注册' },
      { on: '2024-09-10', note: '“单一窗口”申报率 96%' },
    ],
  },
  'ZM-13': {
    registeredOn: ago(120),
    steps: [],
    plannedStart: ago(20),
    notes: [{ on: ago(60), note: '与税务部门对接首批汇总征税企业名单' }],
  },
  'ZM-14': {
    registeredOn: '2024-03-10',
    steps: [{ on: '2024-12-31', to: 'ended', note: '经调研辖区暂无企业需求，终止推进' }],
    notes: [{ on: '2024-07-15', note: '向 6 家企业介绍关税保证保险' }],
  },
  'ZM-15': {
    registeredOn: '2023-07-10',
    steps: [{ on: '2023-08-01', to: 'inForce', note: '每月统计并通报进出口整体通关时间' }],
    notes: [
      { on: '2023-09-05', note: '8 月进口整体通关时间 18.6 小时，已通报各联检单位' },
      { on: '2024-01-05', note: '2023 年进口整体通关时间较恢复初期压缩约 35%' },
      { on: ago(28), note: '上月进口整体通关时间 9.8 小时，已通报各联检单位' },
    ],
  },
  'ZM-16': {
    registeredOn: '2023-06-01',
    steps: [{ on: '2023-06-15', to: 'inForce', note: '每月第一个星期三为关长接待日' }],
    notes: [{ on: '2024-07-03', note: '接待日收集企业诉求 6 条，均已办结' }],
  },
  'ZM-17': {
    registeredOn: '2023-08-10',
    steps: [{ on: '2023-09-01', to: 'inForce', note: '旅检恢复当日起提供中、英、尼泊尔三种语言指引' }],
    notes: [{ on: '2024-05-20', note: '增设尼泊尔语志愿服务岗' }],
  },
  // Prepared while still a plan, so its start date is the day the lanes opened. No other measure on
  // person crossings starts within 90 days of it, but its year-earlier windows hold the reopening of
  // passenger clearance (and ZM-17): the effect view says the data cannot tell, which is the truth.
  'ZM-18': {
    registeredOn: '2024-02-05',
    steps: [{ on: '2024-10-01', to: 'inForce', note: '4 条旅检自助通道开通运行' }],
    plannedStart: '2024-10-01',
    notes: [
      { on: '2024-06-03', note: '自助查验设备完成招标采购' },
      { on: '2024-08-20', note: '设备安装完成，开始联调' },
    ],
  },
  'ZM-19': {
    registeredOn: '2024-06-10',
    steps: [{ on: '2024-07-01', to: 'inForce', note: '客流高峰时段增开 2 条查验通道' }],
    notes: [{ on: '2025-07-20', note: '7 月日均出入境约 1400 人次，高峰超过 1800 人次，增开通道保障通关' }],
  },
  'ZM-20': {
    registeredOn: '2023-05-05',
    steps: [{ on: '2023-05-10', to: 'inForce', note: '建立联检单位联席会议制度，每季度召开' }],
    notes: [
      { on: '2023-09-20', note: '召开第二次联席会议，协调旅检恢复准备' },
      { on: '2024-03-15', note: '联席会议研究冬季保通措施' },
      { on: '2024-12-18', note: '联席会议总结全年通关情况' },
      { on: ago(40), note: '联席会议部署冬季降雪期间保通保畅' },
    ],
  },
  'ZM-21': {
    registeredOn: '2024-08-01',
    steps: [{ on: '2024-09-02', to: 'inProgress', note: '筛选 5 家重点企业开展信用培育' }],
    notes: [
      { on: '2025-03-12', note: '2 家企业提交高级认证申请' },
      { on: ago(64), note: '等待认证现场验证安排' },
    ],
  },
  'ZM-22': {
    registeredOn: '2023-06-20',
    steps: [{ on: '2023-07-01', to: 'inForce', note: '口岸收费目录清单在现场和网站公示' }],
    notes: [{ on: '2025-01-08', note: '按新标准更新收费清单' }],
  },
};
