#include "ImportTarget.h"

#include "SheetHeader.h"

#include "../registries/RegistryCatalog.h"

using namespace Qt::StringLiterals;

namespace {

// The columns of a resident that every person ledger (花名册, 返乡人员台账) has in some form.
QList<ImportField> residentFields()
{
    return {
        { u"village"_s, ImportTarget::tr("Village"),
          { u"村"_s, u"村居"_s, u"村名"_s, u"所属村"_s, u"村社区"_s, u"村（社区）"_s, u"村(社区)"_s,
            u"社区"_s, u"村别"_s, u"所在村"_s, u"村庄"_s, u"行政村"_s } },
        { u"group"_s, ImportTarget::tr("Group or grid"),
          { u"组"_s, u"村民小组"_s, u"小组"_s, u"组别"_s, u"网格"_s, u"所属网格"_s, u"网格名称"_s } },
        { u"address"_s, ImportTarget::tr("Address"),
          { u"住址"_s, u"家庭住址"_s, u"现住址"_s, u"地址"_s, u"详细地址"_s, u"居住地址"_s,
            u"现居住地址"_s, u"家庭地址"_s, u"门牌号"_s } },
        { u"household_number"_s, ImportTarget::tr("Household number"),
          { u"户号"_s, u"户编号"_s, u"户序号"_s } },
        { u"head_name"_s, ImportTarget::tr("Head of household"),
          { u"户主姓名"_s, u"户主"_s, u"户主名"_s } },
        { u"relation"_s, ImportTarget::tr("Relation to head"),
          { u"与户主关系"_s, u"与户主的关系"_s, u"家庭关系"_s, u"关系"_s } },
        { u"name"_s, ImportTarget::tr("Name"),
          { u"姓名"_s, u"名字"_s, u"人员姓名"_s, u"居民姓名"_s, u"成员姓名"_s }, true },
        { u"gender"_s, ImportTarget::tr("Gender"), { u"性别"_s } },
        { u"id_number"_s, ImportTarget::tr("ID number"),
          { u"身份证号码"_s, u"身份证号"_s, u"公民身份号码"_s, u"身份证"_s, u"证件号码"_s,
            u"身份证件号码"_s, u"证件号"_s } },
        { u"birth_date"_s, ImportTarget::tr("Birth date"),
          { u"出生日期"_s, u"出生年月"_s, u"出生年月日"_s, u"生日"_s } },
        { u"phone"_s, ImportTarget::tr("Phone"),
          { u"联系电话"_s, u"手机号"_s, u"手机号码"_s, u"电话"_s, u"电话号码"_s, u"联系方式"_s,
            u"手机"_s, u"本人电话"_s } },
        { u"residence_type"_s, ImportTarget::tr("Residence type"),
          { u"户籍类型"_s, u"人员类型"_s, u"居住类型"_s, u"户籍性质"_s, u"居住状态"_s } },
        { u"special_group"_s, ImportTarget::tr("Special group"),
          { u"特殊人群"_s, u"特殊群体"_s, u"人群类别"_s, u"重点人群"_s } },
        { u"notes"_s, ImportTarget::tr("Notes"), { u"备注"_s, u"说明"_s } },
    };
}

QList<ImportTarget> makeTargets()
{
    ImportTarget residents { u"residents"_s, ImportTarget::tr("Residents and households"),
                             residentFields() };
    ImportTarget returnees { u"returnees"_s, ImportTarget::tr("Returnees"), residentFields() };
    returnees.fields += {
        { u"returnee_origin"_s, ImportTarget::tr("Came from"),
          { u"从何地返回"_s, u"来源地"_s, u"返乡前所在地"_s, u"出发地"_s, u"从何地返乡"_s,
            u"来自何地"_s, u"返回地"_s, u"来源"_s, u"始发地"_s, u"从何处返回"_s }, true },
        { u"arrived_on"_s, ImportTarget::tr("Arrival date"),
          { u"返乡日期"_s, u"返回日期"_s, u"抵达日期"_s, u"到达日期"_s, u"返乡时间"_s,
            u"抵达时间"_s, u"到达时间"_s, u"返回时间"_s, u"到村时间"_s }, true },
    };
    // Our own registries import again: their headings, in the language they were written in,
    // name the fields of the same key.
    for (ImportTarget *target : { &residents, &returnees }) {
        for (ImportField &f : target->fields) {
            for (const RegistryDefinition &d : RegistryCatalog::all()) {
                for (const RegistryColumn &c : d.columns) {
                    const QString heading = SheetHeader::normalized(c.heading);
                    if (c.field == f.key && !f.synonyms.contains(heading))
                        f.synonyms << heading;
                }
            }
        }
    }
    return { residents, returnees };
}

} // namespace

const ImportField *ImportTarget::field(const QString &fieldKey) const
{
    for (const ImportField &f : fields) {
        if (f.key == fieldKey)
            return &f;
    }
    return nullptr;
}

const QList<ImportTarget> &ImportTarget::all()
{
    static const QList<ImportTarget> targets = makeTargets();
    return targets;
}

ImportTarget ImportTarget::byKey(const QString &key)
{
    for (const ImportTarget &t : all()) {
        if (t.key == key)
            return t;
    }
    return {};
}

QStringList ImportTarget::keys()
{
    QStringList out;
    for (const ImportTarget &t : all())
        out << t.key;
    return out;
}
