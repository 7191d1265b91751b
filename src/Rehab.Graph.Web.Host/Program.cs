using Rehab.Graph.Web.Hosting;

// The web app on its own, calling the hub at WebApp:HubUrl (see docs/web-app.md).
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRehabWebApp(builder.Environment);

var app = builder.Build();
app.MapRehabWebApp();
app.Run();
