CREATE TABLE `aid_declarations` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`year` integer NOT NULL,
	`version` integer NOT NULL,
	`total_cents` integer NOT NULL,
	`snapshot` text NOT NULL,
	`frozen_by` text,
	`frozen_at` integer NOT NULL,
	`reopened_by` text,
	`reopened_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`frozen_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`reopened_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `aid_declarations_version_idx` ON `aid_declarations` (`workspace_id`,`year`,`version`);--> statement-breakpoint
CREATE INDEX `aid_declarations_workspace_idx` ON `aid_declarations` (`workspace_id`,`year`);--> statement-breakpoint
ALTER TABLE `external_actions` ADD `aid_category` text;