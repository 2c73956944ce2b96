using BackPlan.Cli;

return await BackPlanCommand.Create().Parse(args).InvokeAsync();
