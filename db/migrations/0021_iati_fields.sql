ALTER TABLE `workspaces` ADD `siren` text;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `geo_code` text;--> statement-breakpoint
ALTER TABLE `external_actions` ADD `dac_sector` text;