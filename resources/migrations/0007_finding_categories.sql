-- The categories every installation knows are stored as codes and shown in the reader's language;
-- findings filed before were stored as the words on screen, in Chinese or in English. Every
-- installation runs this same change, so the rows agree again without a new clock.
UPDATE findings SET category = CASE category
    WHEN '排查与台账' THEN 'registers' WHEN 'Screening and registers' THEN 'registers'
    WHEN '卡口值守' THEN 'checkpoint_duty' WHEN 'Checkpoint duty' THEN 'checkpoint_duty'
    WHEN '隔离与健康监测' THEN 'isolation' WHEN 'Isolation and monitoring' THEN 'isolation'
    WHEN '核酸检测' THEN 'testing' WHEN 'Testing' THEN 'testing'
    WHEN '环境消杀' THEN 'disinfection' WHEN 'Disinfection' THEN 'disinfection'
    WHEN '物资保障' THEN 'supplies' WHEN 'Supplies and support' THEN 'supplies'
    WHEN '责任落实' THEN 'responsibility' WHEN 'Responsibility' THEN 'responsibility'
    ELSE category END;
