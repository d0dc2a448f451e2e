namespace Passerelle.Web.Features.Pilotage.Maillage;

/// <summary>Territorial needs against the offer (issue 17, item 4): the table, its map, its exports and the API.</summary>
public static class MaillageRegistration
{
    public static IServiceCollection AddMaillage(this IServiceCollection services) =>
        services.AddScoped<AccesMaillage>().AddScoped<LectureMaillage>().AddScoped<ConsultationMaillage>();
}
