import { emptyDayValues } from '../../../shared/domain/dailyFields';

/**
 * saveDay's input for port 1 with only persons in entered and range warnings confirmed; give the
 * revision read before to overwrite an existing day.
 */
export const personsInDay = (date: string, personsIn: number, expectedRevision: number | null = null) => ({
  portId: 1,
  date,
  values: { ...emptyDayValues(), personsIn },
  expectedRevision,
  confirmWarnings: true,
});
