CREATE TABLE `publications` (
	`workspace_id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`version_name` text NOT NULL,
	`adopted_on` text NOT NULL,
	`body` text NOT NULL,
	`reference` text NOT NULL,
	`blocks` text NOT NULL,
	`chapters` integer NOT NULL,
	`aggregates` text NOT NULL,
	`published_by` text,
	`published_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `document_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
