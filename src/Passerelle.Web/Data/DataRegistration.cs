using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Passerelle.Web.Data.Cache;
using Passerelle.Web.Platform.Profil;

namespace Passerelle.Web.Data;

public enum DatabaseProvider { Sqlite, Postgres }

public static class DataRegistration
{
    /// <summary>
    /// Registers the provider named by <c>Database:Provider</c>; an unknown name stops start-up. The
    /// EF interceptors that features register as <see cref="IInterceptor"/> join every context.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var provider = ReadProvider(configuration);
        services.AddSingleton(new DatabaseSettings(provider));
        services.AddMemoryCache();
        services.AddSingleton<VersionsDonnees>();
        services.AddSingleton<SuiviEcritures>();
        var sansCache = configuration.GetValue<bool>("Diagnostic:SansCache");
        services.AddSingleton(sp => new CacheDepartement(sp.GetRequiredService<Microsoft.Extensions.Caching.Memory.IMemoryCache>(), sp.GetRequiredService<VersionsDonnees>(), sansCache));
        // Options are built once (optionsLifetime): per request, EF's default, they took a sixth of a kept page's time under load.
        if (provider == DatabaseProvider.Postgres)
        {
            var connection = configuration.GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(connection))
                throw new InvalidOperationException("Database:Provider vaut Postgres mais ConnectionStrings:Postgres est vide.");
            services.AddDbContext<AppDbContext, PostgresAppDbContext>((sp, o) => Intercepter(sp, o.UseNpgsql(PreparationAutomatique(connection))),
                optionsLifetime: ServiceLifetime.Singleton);
        }
        else
        {
            var connection = SqliteConnectionString(configuration.GetConnectionString("Sqlite"), environment.ContentRootPath);
            services.AddDbContext<AppDbContext, SqliteAppDbContext>((sp, o) => Intercepter(sp, o.UseSqlite(connection).AddInterceptors(new AttenteVerrouSqlite())),
                optionsLifetime: ServiceLifetime.Singleton);
        }
        services.AddScoped<EcritureEnsembliste>();
        return services;
    }

    /// <summary>
    /// Follows the writes the caches depend on (<see cref="SuiviEcritures"/>), adds the interceptors features
    /// register, and counts and times the commands of each request when the request profile is on (<see cref="ProfilRegistration"/>).
    /// </summary>
    private static void Intercepter(IServiceProvider services, DbContextOptionsBuilder options)
    {
        options.AddInterceptors(services.GetRequiredService<SuiviEcritures>());
        options.AddInterceptors(services.GetServices<IInterceptor>());
        if (services.GetService<ProfilSql>() is { } profil) options.AddInterceptors(profil);
    }

    /// <summary>
    /// Pages send the same few statements all day: Npgsql prepares them once per connection, so PostgreSQL stops
    /// planning them again (0.3 to 4 ms a query on the parcours and their fifteen indexes, 2,000,000 persons).
    /// A connection string that sets "Max Auto Prepare" keeps its value (0 behind a pooler in transaction mode).
    /// </summary>
    private static string PreparationAutomatique(string connection)
    {
        var donnee = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connection };
        if (donnee.ContainsKey("Max Auto Prepare") || donnee.ContainsKey("MaxAutoPrepare")) return connection;
        return new Npgsql.NpgsqlConnectionStringBuilder(connection) { MaxAutoPrepare = 50 }.ConnectionString;
    }

    private static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        return Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider)
            ? provider
            : throw new InvalidOperationException($"Database:Provider « {name} » inconnu : attendu Sqlite ou Postgres.");
    }

    /// <summary>Resolves a relative SQLite file against the content root and creates its folder.</summary>
    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(configured ?? "Data Source=data/passerelle.db");
        if (builder.DataSource != ":memory:" && builder.Mode != Microsoft.Data.Sqlite.SqliteOpenMode.Memory)
        {
            var path = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }
        builder.ForeignKeys = true;
        return builder.ToString();
    }
}

public sealed record DatabaseSettings(DatabaseProvider Provider);
