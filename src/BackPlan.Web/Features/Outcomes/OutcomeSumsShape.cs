using System.Linq.Expressions;
using System.Reflection;

namespace BackPlan.Web.Features.Outcomes;

/// <summary>
/// The properties of <see cref="OutcomeSums"/> by kind, and the "sum of the sums" projection built
/// from them, so that adding a figure to <see cref="OutcomeSums"/> is one property and one line in
/// <see cref="OutcomeGroups"/>, never a third list to keep in step.
/// </summary>
internal static class OutcomeSumsShape
{
    private static readonly PropertyInfo[] Properties = typeof(OutcomeSums).GetProperties(BindingFlags.Public | BindingFlags.Instance);

    /// <summary>Integer counts, including the day-dependent <see cref="OutcomeSums.Due"/> and <see cref="OutcomeSums.PainDue"/>.</summary>
    public static readonly PropertyInfo[] Counts = Properties.Where(p => p.PropertyType == typeof(int)).ToArray();

    public static readonly PropertyInfo[] Sums = Properties.Where(p => p.PropertyType == typeof(double?)).ToArray();

    /// <summary>
    /// <c>g => new OutcomeAggregate { Month = g.Key.Month, PractitionerId = g.Key.PractitionerId, Started = g.Sum(a => a.Started), … }</c> over stored aggregate rows, for the database to run.
    /// </summary>
    public static Expression<Func<IGrouping<MonthAndPractitioner, OutcomeAggregate>, OutcomeAggregate>> SumByMonthAndPractitioner { get; } = BuildSum();

    private static Expression<Func<IGrouping<MonthAndPractitioner, OutcomeAggregate>, OutcomeAggregate>> BuildSum()
    {
        var group = Expression.Parameter(typeof(IGrouping<MonthAndPractitioner, OutcomeAggregate>), "g");
        var key = Expression.Property(group, nameof(IGrouping<,>.Key));
        var bindings = new List<MemberBinding>
        {
            Expression.Bind(typeof(OutcomeAggregate).GetProperty(nameof(OutcomeAggregate.Month))!, Expression.Property(key, nameof(MonthAndPractitioner.Month))),
            Expression.Bind(typeof(OutcomeAggregate).GetProperty(nameof(OutcomeAggregate.PractitionerId))!, Expression.Property(key, nameof(MonthAndPractitioner.PractitionerId))),
        };
        foreach (var property in Counts.Concat(Sums).Where(p => p.GetCustomAttribute<System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute>() is null))
        {
            bindings.Add(Expression.Bind(property, Sum(group, property)));
        }

        return Expression.Lambda<Func<IGrouping<MonthAndPractitioner, OutcomeAggregate>, OutcomeAggregate>>(
            Expression.MemberInit(Expression.New(typeof(OutcomeAggregate)), bindings), group);
    }

    // Enumerable.Sum(g, a => a.P) with the overload for P's type.
    private static MethodCallExpression Sum(ParameterExpression group, PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(OutcomeAggregate), "a");
        var selector = Expression.Lambda(Expression.Property(row, property), row);
        var method = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Sum) && m.IsGenericMethodDefinition && m.GetParameters().Length == 2
                && m.GetParameters()[1].ParameterType.GetGenericArguments()[1] == property.PropertyType)
            .MakeGenericMethod(typeof(OutcomeAggregate));
        return Expression.Call(method, group, selector);
    }
}

/// <summary>The key the dashboard groups stored aggregates by (a class with setters, so EF can translate it).</summary>
internal sealed class MonthAndPractitioner
{
    public DateOnly Month { get; init; }

    public Guid? PractitionerId { get; init; }
}
