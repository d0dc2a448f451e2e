namespace Passerelle.Web.Features.Employeurs;

/// <summary>The employers of the way to work (issue 16): their file, contacts and exchanges, pages and API.</summary>
public static class EmployeursRegistration
{
    public static IServiceCollection AddEmployeurs(this IServiceCollection services) =>
        services.AddScoped<AccesEmployeurs>().AddScoped<ServiceEmployeurs>().AddScoped<ConsultationEmployeurs>().AddScoped<Import.ImportEmployeurs>();
}
