using System.CommandLine;

var root = new RootCommand("BackPlan command line: score files of questionnaire responses and run maintenance tasks.");
return await root.Parse(args).InvokeAsync();
