[assembly: AssemblyFixture(typeof(BackPlan.Web.Tests.Support.BackPlanApp))]
