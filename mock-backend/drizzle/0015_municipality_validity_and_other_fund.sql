ALTER TABLE "job_seeking_periods" DROP CONSTRAINT "job_seeking_periods_benefit";--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "valid_from" date;--> statement-breakpoint
ALTER TABLE "municipalities" ADD COLUMN "valid_to" date;--> statement-breakpoint
ALTER TABLE "job_seeking_periods" ADD COLUMN "other_fund_name" text;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_dates" CHECK ("municipalities"."valid_from" is null or "municipalities"."valid_to" is null or "municipalities"."valid_to" >= "municipalities"."valid_from");--> statement-breakpoint
ALTER TABLE "job_seeking_periods" ADD CONSTRAINT "job_seeking_periods_benefit" CHECK ("job_seeking_periods"."benefit_status" in ('none', 'applied', 'receiving') and ("job_seeking_periods"."benefit_status" = 'none' or "job_seeking_periods"."payer_id" is not null or "job_seeking_periods"."other_fund_name" is not null));