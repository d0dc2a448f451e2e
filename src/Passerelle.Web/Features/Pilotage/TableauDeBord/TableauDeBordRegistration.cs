namespace Passerelle.Web.Features.Pilotage.TableauDeBord;

/// <summary>The dashboards (issue 17 item 3): levels, period picker, comparison, charts, map, lists behind the numbers, exports, API.</summary>
public static class TableauDeBordRegistration
{
    public static IServiceCollection AddTableauDeBord(this IServiceCollection services) =>
        services.AddScoped<Echelons>().AddScoped<CalculTableauDeBord>().AddScoped<ConsultationTableauDeBord>();
}
