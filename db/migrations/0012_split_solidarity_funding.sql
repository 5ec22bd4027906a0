-- The single "1 % solidaire" funding source is split into the four schemes of the local government
-- code (docs/decisions/0018-domain-law-and-demo.md). Old lines of a commune, an intermunicipal body
-- or another authority (syndicates) most likely used the water and sanitation scheme (the
-- Oudin-Santini law, by far the most used): they become `solidarity_water`. A Département, a Région
-- or a foreign authority may not use that scheme: their lines become `other`, and the label says
-- what they were so that someone checks them.
UPDATE `external_action_budget_lines` SET `funding_source` = 'solidarity_water'
WHERE `funding_source` = 'solidarity_1pct'
  AND `workspace_id` IN (SELECT `id` FROM `workspaces` WHERE `level` IN ('commune', 'epci', 'other'));
--> statement-breakpoint
UPDATE `external_action_budget_lines` SET `funding_source` = 'other',
  `label` = CASE WHEN `label` IS NULL OR `label` = '' THEN 'Ancien « 1 % solidaire » : à vérifier' ELSE `label` || ' (ancien « 1 % solidaire » : à vérifier)' END
WHERE `funding_source` = 'solidarity_1pct';
--> statement-breakpoint
UPDATE `department_budget_lines` SET `funding_source` = 'solidarity_water'
WHERE `funding_source` = 'solidarity_1pct'
  AND `workspace_id` IN (SELECT `id` FROM `workspaces` WHERE `level` IN ('commune', 'epci', 'other'));
--> statement-breakpoint
UPDATE `department_budget_lines` SET `funding_source` = 'other',
  `label` = `label` || ' (ancien « 1 % solidaire » : à vérifier)'
WHERE `funding_source` = 'solidarity_1pct';
