CREATE TABLE `actor_graph_layouts` (
	`key` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`structure` text NOT NULL,
	`ids` text NOT NULL,
	`positions` text NOT NULL,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `actor_graph_layouts_workspace_idx` ON `actor_graph_layouts` (`workspace_id`,`computed_at`);