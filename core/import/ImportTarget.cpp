#include "ImportTarget.h"

#include "DayColumn.h"
#include "SheetHeader.h"

#include "../measures/Responsibility.h"
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

// The columns of a ledger of isolation: its person, the measure's days, and its 五包一 cadres,
// in one column of names or a column for each role (with or without their phones).
QList<ImportField> measureFields(bool central)
{
    QList<ImportField> fields = residentFields();
    for (ImportField &f : fields) {
        if (f.key == "id_number"_L1)
            f.required = true;
    }
    fields += {
        { u"started_on"_s, ImportTarget::tr("Started on"),
          { u"隔离开始时间"_s, u"开始日期"_s, u"隔离起始日期"_s, u"隔离开始日期"_s, u"开始隔离时间"_s,
            u"开始隔离日期"_s, u"隔离起始时间"_s, u"起始日期"_s, u"开始时间"_s, u"隔离日期"_s,
            u"隔离时间"_s, u"入住时间"_s, u"入住日期"_s }, true },
        { u"planned_end_on"_s, ImportTarget::tr("Planned end"),
          { u"预计解除日期"_s, u"解除隔离时间"_s, u"预计解除时间"_s, u"预计解除隔离日期"_s,
            u"计划解除日期"_s, u"应解除日期"_s, u"预计结束日期"_s, u"解除日期"_s } },
        { u"released_on"_s, ImportTarget::tr("Released on"),
          { u"实际解除日期"_s, u"实际解除时间"_s, u"实际解除隔离日期"_s, u"实际解除隔离时间"_s,
            u"已解除日期"_s } },
        { u"release_reason"_s, ImportTarget::tr("Release reason"),
          { u"解除原因"_s, u"解除隔离原因"_s, u"解除理由"_s } },
        { u"cadres"_s, ImportTarget::tr("Responsible cadres"),
          { u"包保责任人"_s, u"五包一责任人"_s, u"五包一"_s, u"三包一"_s, u"多包一"_s,
            u"包保人员"_s, u"五包一人员"_s, u"包保责任人员"_s, u"责任人"_s, u"责任人员"_s } },
    };
    const QList<std::pair<QString, QStringList>> roles = {
        { u"township_cadre"_s, { u"包保干部"_s, u"镇干部"_s, u"乡镇干部"_s, u"街道干部"_s,
                                 u"镇街干部"_s, u"包保领导"_s, u"包联干部"_s } },
        { u"village_cadre"_s, { u"村干部"_s, u"村居干部"_s, u"村两委干部"_s, u"社区干部"_s,
                                u"村（居）干部"_s, u"村(居)干部"_s, u"村两委"_s } },
        { u"village_doctor"_s, { u"医生"_s, u"村医"_s, u"乡村医生"_s, u"村医生"_s, u"医务人员"_s,
                                 u"卫生院医生"_s, u"医护人员"_s } },
        { u"police_officer"_s, { u"民警"_s, u"派出所民警"_s, u"社区民警"_s, u"公安民警"_s,
                                 u"警察"_s, u"辅警"_s } },
        { u"grid_worker"_s, { u"网格员"_s, u"网格长"_s, u"网格管理员"_s } },
        { u"volunteer"_s, { u"志愿者"_s, u"党员志愿者"_s } },
    };
    for (const auto &[role, words] : roles) {
        const QString label = role == "volunteer"_L1 ? ImportTarget::tr("Volunteer")
                                                     : Responsibility::roleLabel(role);
        fields.append({ u"cadre:"_s + role, label, words });
        QStringList phones;
        for (const QString &w : words) {
            for (const QString &suffix : { u"电话"_s, u"联系电话"_s, u"手机"_s, u"手机号"_s,
                                           u"手机号码"_s, u"联系方式"_s })
                phones << w + suffix;
        }
        fields.append({ u"cadre_phone:"_s + role, ImportTarget::tr("Phone of %1").arg(label), phones });
    }
    if (central) {
        fields.append({ u"site"_s, ImportTarget::tr("Isolation site"),
                        { u"隔离点"_s, u"隔离酒店"_s, u"集中隔离点名称"_s, u"集中隔离点"_s,
                          u"隔离点名称"_s, u"隔离地点"_s, u"隔离场所"_s, u"集中隔离场所"_s,
                          u"隔离宾馆"_s }, true });
    } else {
        fields += {
            { u"card_posted"_s, ImportTarget::tr("Card posted"),
              { u"是否张贴隔离卡"_s, u"张贴隔离卡"_s, u"隔离卡"_s, u"张贴告知卡"_s, u"告知卡"_s } },
            { u"agreement_signed"_s, ImportTarget::tr("Agreement signed"),
              { u"是否签订协议书"_s, u"签订协议书"_s, u"协议书"_s, u"居家隔离协议书"_s, u"承诺书"_s,
                u"是否签订承诺书"_s } },
            { u"camera_installed"_s, ImportTarget::tr("Camera installed"),
              { u"是否安装门磁"_s, u"安装门磁"_s, u"门磁"_s, u"摄像头"_s, u"安装摄像头"_s,
                u"是否安装摄像头"_s, u"门磁监控"_s, u"监控"_s } },
        };
    }
    return fields;
}

// A temperature sheet: its person, and either a grid of days (a column per day and half-day,
// given by DayColumn) or a line per person and day with the two temperatures.
QList<ImportField> healthCheckFields()
{
    QList<ImportField> fields = residentFields();
    fields += {
        { u"checked_on"_s, ImportTarget::tr("Date"),
          { u"日期"_s, u"监测日期"_s, u"测温日期"_s, u"检测日期"_s } },
        { u"morning"_s, ImportTarget::tr("Morning"),
          { u"上午"_s, u"上午体温"_s, u"早"_s, u"早上体温"_s, u"晨检体温"_s, u"上午温度"_s } },
        { u"afternoon"_s, ImportTarget::tr("Afternoon"),
          { u"下午"_s, u"下午体温"_s, u"晚"_s, u"晚上体温"_s, u"下午温度"_s } },
        { u"taken_by"_s, ImportTarget::tr("Taken by"),
          { u"测温人"_s, u"监测人"_s, u"监测医生"_s, u"测温人员"_s, u"监测人员"_s } },
    };
    return fields;
}

// A sampling register (核酸检测登记表, 采样登记): its person, when and where the sample was
// taken, in which round, its tube and its result.
QList<ImportField> sampleFields()
{
    QList<ImportField> fields = residentFields();
    for (ImportField &f : fields) {
        if (f.key == "id_number"_L1)
            f.required = true;
    }
    fields += {
        { u"round"_s, ImportTarget::tr("Testing round"),
          { u"轮次"_s, u"检测轮次"_s, u"核酸检测轮次"_s, u"采样轮次"_s, u"轮次名称"_s, u"检测批次"_s,
            u"批次"_s } },
        { u"round_on"_s, ImportTarget::tr("Round date"),
          { u"轮次日期"_s, u"检测轮次日期"_s, u"轮次时间"_s } },
        { u"sampled_at"_s, ImportTarget::tr("Sampled at"),
          { u"采样时间"_s, u"采样日期"_s, u"检测日期"_s, u"检测时间"_s, u"采样日期时间"_s,
            u"核酸检测时间"_s, u"核酸检测日期"_s, u"日期"_s }, true },
        { u"sampled_time"_s, ImportTarget::tr("Time of sampling"),
          { u"时间"_s, u"采样时刻"_s, u"具体时间"_s } },
        { u"site"_s, ImportTarget::tr("Test site"),
          { u"采样点"_s, u"检测点"_s, u"采样点名称"_s, u"检测点名称"_s, u"采样地点"_s, u"检测地点"_s,
            u"采样场所"_s } },
        { u"tube_number"_s, ImportTarget::tr("Tube number"),
          { u"试管编号"_s, u"试管号"_s, u"试管条码"_s, u"条码"_s, u"条形码"_s, u"采样管编号"_s,
            u"管号"_s, u"样本编号"_s } },
        { u"result"_s, ImportTarget::tr("Result"),
          { u"检测结果"_s, u"核酸检测结果"_s, u"核酸结果"_s, u"结果"_s } },
        { u"taken_by"_s, ImportTarget::tr("Taken by"),
          { u"采样人"_s, u"采样人员"_s, u"采样员"_s, u"采样医生"_s, u"采样护士"_s } },
    };
    return fields;
}

// A checkpoint's entry log (卡口出入登记台账): a line per passage.
QList<ImportField> checkpointEntryFields()
{
    return {
        { u"checkpoint"_s, ImportTarget::tr("Checkpoint"),
          { u"卡口"_s, u"卡口名称"_s, u"卡点"_s, u"卡点名称"_s, u"卡口点位"_s, u"检查点"_s,
            u"卡口位置"_s, u"点位"_s }, true },
        { u"entered_at"_s, ImportTarget::tr("Time"),
          { u"出入时间"_s, u"进出时间"_s, u"登记时间"_s, u"通行时间"_s, u"日期时间"_s, u"时间"_s },
          true },
        { u"entered_on"_s, ImportTarget::tr("Date"),
          { u"日期"_s, u"登记日期"_s, u"出入日期"_s, u"进出日期"_s, u"通行日期"_s } },
        { u"direction"_s, ImportTarget::tr("In or out"),
          { u"进出"_s, u"出入"_s, u"进/出"_s, u"出/入"_s, u"进出方向"_s, u"出入方向"_s, u"方向"_s,
            u"进出情况"_s, u"出入情况"_s } },
        { u"name"_s, ImportTarget::tr("Name"),
          { u"姓名"_s, u"人员姓名"_s, u"通行人员"_s, u"驾驶员"_s, u"驾驶员姓名"_s, u"司机姓名"_s } },
        { u"id_number"_s, ImportTarget::tr("ID number"),
          { u"身份证号码"_s, u"身份证号"_s, u"公民身份号码"_s, u"身份证"_s, u"证件号码"_s,
            u"证件号"_s } },
        { u"phone"_s, ImportTarget::tr("Phone"),
          { u"联系电话"_s, u"手机号"_s, u"手机号码"_s, u"电话"_s, u"联系方式"_s, u"手机"_s } },
        { u"plate"_s, ImportTarget::tr("Plate"),
          { u"车牌号"_s, u"车牌号码"_s, u"车牌"_s, u"车号"_s, u"车辆号牌"_s, u"号牌号码"_s,
            u"车辆牌照"_s } },
        { u"temperature"_s, ImportTarget::tr("Temperature"),
          { u"体温"_s, u"体温（℃）"_s, u"体温(℃)"_s, u"体温℃"_s, u"测温"_s, u"测量体温"_s,
            u"温度"_s } },
        { u"health_code"_s, ImportTarget::tr("Health code"),
          { u"健康码"_s, u"健康码颜色"_s, u"健康码状态"_s, u"健康码情况"_s, u"码色"_s } },
        { u"came_from"_s, ImportTarget::tr("Came from"),
          { u"来自何地"_s, u"从何处来"_s, u"从何地来"_s, u"来源地"_s, u"出发地"_s, u"始发地"_s,
            u"来自"_s, u"来源"_s } },
        { u"reason"_s, ImportTarget::tr("Reason"),
          { u"事由"_s, u"出入事由"_s, u"进出事由"_s, u"通行事由"_s, u"来访事由"_s, u"原因"_s } },
        { u"disinfected"_s, ImportTarget::tr("Disinfected"),
          { u"是否消杀"_s, u"车辆消杀"_s, u"消杀"_s, u"是否消毒"_s, u"消毒"_s } },
        { u"permit_number"_s, ImportTarget::tr("Permit"),
          { u"通行证号"_s, u"通行证编号"_s, u"通行证"_s } },
        { u"outcome"_s, ImportTarget::tr("Outcome"),
          { u"处置情况"_s, u"处置结果"_s, u"处理结果"_s, u"处理情况"_s, u"是否放行"_s, u"处置"_s,
            u"结果"_s } },
        { u"recorded_by"_s, ImportTarget::tr("Recorded by"),
          { u"登记人"_s, u"登记人员"_s, u"值守人员"_s, u"值守人"_s, u"值班人员"_s, u"检查人"_s } },
    };
}

// A ledger of supervision findings and their rectification (督导问题整改台账).
QList<ImportField> findingFields()
{
    return {
        { u"team"_s, ImportTarget::tr("Team"),
          { u"督导组"_s, u"督查组"_s, u"督导组别"_s, u"督导组名称"_s, u"检查组"_s, u"督导单位"_s } },
        { u"visited_on"_s, ImportTarget::tr("Visited on"),
          { u"督导日期"_s, u"督查日期"_s, u"检查日期"_s, u"督导时间"_s, u"督查时间"_s, u"检查时间"_s,
            u"发现日期"_s, u"日期"_s }, true },
        { u"target"_s, ImportTarget::tr("Place"),
          { u"督导地点"_s, u"督导对象"_s, u"督导点位"_s, u"督查点位"_s, u"被督导单位"_s,
            u"被检查单位"_s, u"检查地点"_s, u"检查点位"_s, u"点位"_s, u"地点"_s }, true },
        { u"category"_s, ImportTarget::tr("Category"),
          { u"问题类别"_s, u"问题类型"_s, u"问题分类"_s, u"类别"_s } },
        { u"description"_s, ImportTarget::tr("Problem"),
          { u"存在问题"_s, u"发现问题"_s, u"问题描述"_s, u"主要问题"_s, u"问题内容"_s, u"问题"_s,
            u"存在的问题"_s }, true },
        { u"severity"_s, ImportTarget::tr("Severity"),
          { u"严重程度"_s, u"问题等级"_s, u"问题程度"_s } },
        { u"responsible_unit"_s, ImportTarget::tr("Responsible unit"),
          { u"责任单位"_s, u"整改责任单位"_s, u"整改单位"_s } },
        { u"responsible"_s, ImportTarget::tr("Responsible person"),
          { u"整改责任人"_s, u"责任人"_s, u"负责人"_s, u"整改负责人"_s } },
        { u"deadline"_s, ImportTarget::tr("Deadline"),
          { u"整改时限"_s, u"整改期限"_s, u"完成时限"_s, u"整改完成时限"_s, u"时限"_s } },
        { u"status"_s, ImportTarget::tr("Status"),
          { u"整改情况"_s, u"整改状态"_s, u"整改进度"_s, u"是否整改"_s, u"状态"_s } },
        { u"actions_taken"_s, ImportTarget::tr("Actions taken"),
          { u"整改措施"_s, u"整改落实情况"_s, u"采取措施"_s, u"整改结果"_s } },
        { u"rectified_on"_s, ImportTarget::tr("Rectified on"),
          { u"整改完成时间"_s, u"整改完成日期"_s, u"完成整改日期"_s, u"完成日期"_s } },
        { u"verified_by"_s, ImportTarget::tr("Verified by"),
          { u"验收人"_s, u"核查人"_s, u"复核人"_s, u"销号人"_s, u"验收人员"_s } },
        { u"closed_on"_s, ImportTarget::tr("Closed on"),
          { u"销号日期"_s, u"销号时间"_s } },
    };
}

QList<ImportTarget> makeTargets()
{
    ImportTarget residents { u"residents"_s, ImportTarget::tr("Residents and households"),
                             u"persons"_s, residentFields(), {}, {} };
    ImportTarget returnees { u"returnees"_s, ImportTarget::tr("Returnees"), u"persons"_s,
                             residentFields(), {}, {} };
    returnees.fields += {
        { u"returnee_origin"_s, ImportTarget::tr("Came from"),
          { u"从何地返回"_s, u"来源地"_s, u"返乡前所在地"_s, u"出发地"_s, u"从何地返乡"_s,
            u"来自何地"_s, u"返回地"_s, u"来源"_s, u"始发地"_s, u"从何处返回"_s }, true },
        { u"arrived_on"_s, ImportTarget::tr("Arrival date"),
          { u"返乡日期"_s, u"返回日期"_s, u"抵达日期"_s, u"到达日期"_s, u"返乡时间"_s,
            u"抵达时间"_s, u"到达时间"_s, u"返回时间"_s, u"到村时间"_s }, true },
    };
    ImportTarget home { u"home_isolation"_s, ImportTarget::tr("Home isolation"),
                        u"control_measures"_s, measureFields(false), {}, {} };
    ImportTarget central { u"central_isolation"_s, ImportTarget::tr("Central isolation"),
                           u"control_measures"_s, measureFields(true), {}, {} };
    ImportTarget checks { u"health_checks"_s, ImportTarget::tr("Temperature checks"),
                          u"health_checks"_s, healthCheckFields(), &DayColumn::fieldFor,
                          &DayColumn::isKey };
    // Our own registries import again: their headings, in the language they were written in,
    // name the fields of the same key.
    ImportTarget samples { u"samples"_s, ImportTarget::tr("Testing samples"), u"samples"_s,
                           sampleFields(), {}, {} };
    ImportTarget entries { u"checkpoint_entries"_s, ImportTarget::tr("Checkpoint entries"),
                           u"checkpoint_entries"_s, checkpointEntryFields(), {}, {} };
    ImportTarget findings { u"findings"_s, ImportTarget::tr("Supervision findings"),
                            u"findings"_s, findingFields(), {}, {} };
    QList<ImportTarget> targets = { residents, returnees, home, central, checks, samples,
                                    entries, findings };
    for (ImportTarget &target : targets) {
        for (ImportField &f : target.fields) {
            for (const RegistryDefinition &d : RegistryCatalog::all()) {
                for (const RegistryColumn &c : d.columns) {
                    const QString heading = SheetHeader::normalized(c.heading);
                    if (c.field == f.key && !f.synonyms.contains(heading))
                        f.synonyms << heading;
                }
            }
        }
    }
    return targets;
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
