package debugexception

import (
	"strings"

	"github.com/krait-dev/krait/internal/analysis"
	"github.com/krait-dev/krait/internal/python/ast"
	"github.com/krait-dev/krait/internal/semantic"
)

// sinks are the calls that send their arguments to the client, by
// qualified name, with the name messages use for them.
var sinks = func() map[string]string {
	names := []string{
		// Flask, Werkzeug, Quart
		"flask.jsonify", "flask.json.jsonify", "flask.make_response", "flask.Response",
		"flask.wrappers.Response", "flask.abort", "flask.render_template",
		"flask.render_template_string", "flask.flash",
		"werkzeug.Response", "werkzeug.wrappers.Response", "werkzeug.exceptions.abort",
		"werkzeug.exceptions.HTTPException", "werkzeug.exceptions.InternalServerError",
		"werkzeug.exceptions.BadRequest",
		"quart.jsonify", "quart.make_response", "quart.Response", "quart.abort",
		"quart.render_template", "quart.flash",
		// Django
		"django.http.HttpResponse", "django.http.HttpResponseBadRequest",
		"django.http.HttpResponseServerError", "django.http.HttpResponseForbidden",
		"django.http.HttpResponseNotFound", "django.http.JsonResponse",
		"django.http.response.HttpResponse", "django.http.response.HttpResponseBadRequest",
		"django.http.response.HttpResponseServerError", "django.http.response.JsonResponse",
		"django.shortcuts.render", "django.template.response.TemplateResponse",
		"django.contrib.messages.error", "django.contrib.messages.warning",
		"django.contrib.messages.info", "django.contrib.messages.success",
		"django.contrib.messages.debug", "django.contrib.messages.add_message",
		// Django REST framework
		"rest_framework.response.Response", "rest_framework.exceptions.APIException",
		"rest_framework.exceptions.ValidationError", "rest_framework.exceptions.ParseError",
		"rest_framework.exceptions.NotFound", "rest_framework.exceptions.PermissionDenied",
		// FastAPI, Starlette, Litestar
		"fastapi.HTTPException", "fastapi.exceptions.HTTPException", "fastapi.Response",
		"fastapi.responses.Response", "fastapi.responses.JSONResponse",
		"fastapi.responses.HTMLResponse", "fastapi.responses.PlainTextResponse",
		"fastapi.responses.ORJSONResponse", "fastapi.responses.UJSONResponse",
		"starlette.exceptions.HTTPException", "starlette.responses.Response",
		"starlette.responses.JSONResponse", "starlette.responses.HTMLResponse",
		"starlette.responses.PlainTextResponse",
		"litestar.Response", "litestar.exceptions.HTTPException",
		// aiohttp, Sanic, Bottle
		"aiohttp.web.Response", "aiohttp.web.json_response",
		"sanic.json", "sanic.text", "sanic.html", "sanic.response.json", "sanic.response.text",
		"sanic.response.html",
		"bottle.HTTPResponse", "bottle.HTTPError", "bottle.abort",
	}
	m := make(map[string]string, len(names))
	for _, n := range names {
		m[n] = n[strings.LastIndex(n, ".")+1:]
	}
	return m
}()

// jsonSinks are the sinks that serialise their arguments as JSON, which
// fails on an exception object: only text made from it leaks.
var jsonSinks = map[string]bool{
	"flask.jsonify": true, "flask.json.jsonify": true, "quart.jsonify": true,
	"django.http.JsonResponse": true, "django.http.response.JsonResponse": true,
	"rest_framework.response.Response": true,
	"fastapi.responses.JSONResponse":   true, "fastapi.responses.ORJSONResponse": true,
	"fastapi.responses.UJSONResponse": true, "starlette.responses.JSONResponse": true,
	"aiohttp.web.json_response": true, "sanic.json": true, "sanic.response.json": true,
}

// routeOwners are the objects whose methods named in routeMethods are
// route decorators, by qualified name.
var routeOwners = map[string]bool{
	"flask.Flask()": true, "flask.app.Flask()": true, "flask.Blueprint()": true,
	"flask.blueprints.Blueprint()": true, "quart.Quart()": true, "quart.Blueprint()": true,
	"fastapi.FastAPI()": true, "fastapi.applications.FastAPI()": true, "fastapi.APIRouter()": true,
	"fastapi.routing.APIRouter()": true, "sanic.Sanic()": true, "sanic.Blueprint()": true,
	"aiohttp.web.RouteTableDef()": true, "bottle.Bottle()": true,
}

// routeMethods are the names of route-decorator methods.
var routeMethods = map[string]bool{
	"route": true, "get": true, "post": true, "put": true, "patch": true, "delete": true,
	"head": true, "options": true, "trace": true, "api_route": true, "websocket": true,
}

// viewDecorators are decorators (called or not) that only views carry,
// by qualified name.
var viewDecorators = map[string]bool{
	"rest_framework.decorators.api_view":                 true,
	"django.views.decorators.http.require_http_methods":  true,
	"django.views.decorators.http.require_GET":           true,
	"django.views.decorators.http.require_POST":          true,
	"django.views.decorators.http.require_safe":          true,
	"django.views.decorators.csrf.csrf_exempt":           true,
	"django.contrib.auth.decorators.login_required":      true,
	"django.contrib.auth.decorators.permission_required": true,
	"bottle.route": true, "bottle.get": true, "bottle.post": true, "bottle.put": true, "bottle.delete": true,
	"litestar.get": true, "litestar.post": true, "litestar.put": true, "litestar.patch": true,
	"litestar.delete": true, "litestar.route": true,
}

// viewClasses are the base classes of class-based views: qualified names,
// or prefixes ending in ".".
var viewClasses = []string{
	"django.views.", "rest_framework.views.", "rest_framework.generics.", "rest_framework.viewsets.",
	"flask.views.", "starlette.endpoints.HTTPEndpoint", "litestar.Controller",
}

// viewMethods are the methods of a class-based view that handle requests.
var viewMethods = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true, "head": true,
	"options": true, "trace": true, "dispatch": true, "dispatch_request": true,
	"list": true, "create": true, "retrieve": true, "update": true, "partial_update": true,
	"destroy": true, "form_valid": true, "form_invalid": true,
}

// actionDecorators mark extra handler methods of a view set.
var actionDecorators = map[string]bool{"rest_framework.decorators.action": true}

// requestParam is the first parameter of a Django function view.
const requestParam = "request"

// isView reports whether fn, whose own scope is scope, handles requests:
// it has a route decorator (@app.route, @bp.get, @router.post on an
// application or router, or any @x.route("/path")-like decorator whose
// first argument is a path), a view decorator (@api_view,
// @require_POST), it is a handler method of a class-based view, or it is
// a module-level function whose first parameter is request.
func isView(p *analysis.Pass, fn ast.Stmt, scope *semantic.Scope) bool {
	var decorators []ast.Expr
	var args *ast.Arguments
	var name string
	switch f := fn.(type) {
	case *ast.FunctionDef:
		decorators, args, name = f.DecoratorList, f.Args, f.Name
	case *ast.AsyncFunctionDef:
		decorators, args, name = f.DecoratorList, f.Args, f.Name
	default:
		return false
	}
	outer := scope.Parent
	if outer == nil {
		return false
	}
	for _, d := range decorators {
		if routeDecorator(p, d, outer) {
			return true
		}
	}
	if outer.Kind == semantic.ClassScope {
		cls, ok := outer.Node.(*ast.ClassDef)
		if !ok || !isViewClass(p, cls, outer.Parent, 0) {
			return false
		}
		if viewMethods[name] {
			return true
		}
		for _, d := range decorators {
			if c, ok := d.(*ast.Call); ok {
				d = c.Func
			}
			if actionDecorators[p.Model.QualifiedName(outer, d)] {
				return true
			}
		}
		return false
	}
	if outer.Kind != semantic.ModuleScope || args == nil {
		return false
	}
	params := append(append([]*ast.Arg(nil), args.Posonlyargs...), args.Args...)
	return len(params) > 0 && params[0].Arg == requestParam
}

// routeDecorator reports whether decorator d, evaluated in scope s,
// registers a route.
func routeDecorator(p *analysis.Pass, d ast.Expr, s *semantic.Scope) bool {
	target := d
	call, isCall := d.(*ast.Call)
	if isCall {
		target = call.Func
	}
	if viewDecorators[p.Model.QualifiedName(s, target)] {
		return true
	}
	attr, ok := target.(*ast.Attribute)
	if !ok || !routeMethods[attr.Attr] {
		return false
	}
	if routeOwners[p.Model.QualifiedName(s, attr.Value)] {
		return true
	}
	// An application or router the model cannot resolve (imported from
	// another module of the project): a route path as first argument.
	if !isCall {
		return false
	}
	path := analysis.Arg(call, 0, "rule")
	if path == nil {
		path = analysis.Keyword(call, "path")
	}
	c, ok := path.(*ast.Constant)
	if !ok {
		return false
	}
	str, ok := c.Value.(string)
	return ok && strings.HasPrefix(str, "/")
}

// maxClassDepth bounds the chain of local base classes followed.
const maxClassDepth = 8

// isViewClass reports whether cls, defined in scope s, derives from a
// class-based view, directly or through classes defined in the module.
func isViewClass(p *analysis.Pass, cls *ast.ClassDef, s *semantic.Scope, depth int) bool {
	if s == nil || depth > maxClassDepth {
		return false
	}
	for _, base := range cls.Bases {
		if q := p.Model.QualifiedName(s, base); q != "" {
			if matchesName(viewClasses, q) {
				return true
			}
			continue
		}
		n, ok := base.(*ast.Name)
		if !ok {
			continue
		}
		b := p.Model.Resolve(s, n.Id, n.Loc)
		if b == nil || b.Kind != semantic.ClassBinding {
			continue
		}
		if parent, ok := b.Node.(*ast.ClassDef); ok && parent != cls && isViewClass(p, parent, b.Scope, depth+1) {
			return true
		}
	}
	return false
}
