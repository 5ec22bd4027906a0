CREATE TABLE `import_value_choices` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`field` text NOT NULL,
	`scope` text NOT NULL,
	`value` text NOT NULL,
	`choice` text NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_value_choices_key_idx` ON `import_value_choices` (`workspace_id`,`field`,`scope`,`value`);