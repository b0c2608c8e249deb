import { AppError } from '../../../shared/contract/result';
import { openCentral } from './centralDatabase';

export interface OfficeRegistration {
  /** the office's PostgreSQL login role */
  office: string;
  title: string;
  ports: { code: string; name: string }[];
}

/**
 * Registers an office and the ports it alone writes (the IT office, as the database's owner). A port
 * already registered to another office is refused: moving a port is a decision, not a side effect.
 */
export async function registerOffice(url: string, reg: OfficeRegistration): Promise<void> {
  const central = await openCentral(url);
  try {
    await central.db.transaction().execute(async (trx) => {
      await trx.insertInto('offices').values({ name: reg.office, title: reg.title }).onConflict((oc) => oc.column('name').doUpdateSet({ title: reg.title })).execute();
      for (const port of reg.ports) {
        const code = port.code.toUpperCase();
        const existing = await trx.selectFrom('ports').select(['office', 'name']).where('code', '=', code).executeTakeFirst();
        if (existing && existing.office !== reg.office) {
          throw new AppError('CONFLICT', `口岸 ${code}（${existing.name}）已登记给 ${existing.office}，未作任何更改`);
        }
        if (!existing) await trx.insertInto('ports').values({ code, name: port.name, office: reg.office }).execute();
      }
    });
  } finally {
    await central.close();
  }
}
