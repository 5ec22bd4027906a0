CREATE TABLE `collab_documents` (
	`name` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`state` blob NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `collab_documents_workspace_idx` ON `collab_documents` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `document_sections` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`kind` text NOT NULL,
	`position` integer NOT NULL,
	`title` text,
	`assignee_id` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `document_sections_workspace_position_idx` ON `document_sections` (`workspace_id`,`position`);--> statement-breakpoint
CREATE TABLE `document_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`author_id` text,
	`author_name` text NOT NULL,
	`snapshot` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `document_versions_workspace_created_idx` ON `document_versions` (`workspace_id`,`created_at`);--> statement-breakpoint
-- A saved version is a record of what was adopted or circulated: it is never rewritten.
CREATE TRIGGER `document_versions_immutable` BEFORE UPDATE ON `document_versions`
BEGIN
	SELECT RAISE(ABORT, 'document versions are immutable');
END;
