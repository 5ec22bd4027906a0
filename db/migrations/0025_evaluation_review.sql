CREATE TABLE `evaluation_reviewers` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`review_id` text NOT NULL,
	`user_id` text,
	`name` text NOT NULL,
	`decision` text NOT NULL,
	`note` text NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`review_id`) REFERENCES `evaluation_reviews`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluation_reviewers_review_user_idx` ON `evaluation_reviewers` (`review_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `evaluation_reviewers_workspace_idx` ON `evaluation_reviewers` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `evaluation_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`evaluation_id` text NOT NULL,
	`version_id` text NOT NULL,
	`status` text NOT NULL,
	`due_on` text NOT NULL,
	`message` text NOT NULL,
	`submitted_by_id` text,
	`submitter_name` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evaluation_id`) REFERENCES `evaluations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `evaluation_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`submitted_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evaluation_reviews_version_idx` ON `evaluation_reviews` (`version_id`);--> statement-breakpoint
CREATE INDEX `evaluation_reviews_evaluation_idx` ON `evaluation_reviews` (`evaluation_id`);--> statement-breakpoint
CREATE INDEX `evaluation_reviews_workspace_idx` ON `evaluation_reviews` (`workspace_id`);