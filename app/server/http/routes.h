#pragma once
// The route groups of the HTTP API, one file each; http_server.cpp registers them all.

#include "http/http_support.h"

namespace atlas::server {

void addAuthRoutes(httplib::Server& server, ServerContext& ctx);           // login, logout, me, groups
void addGroupRoutes(httplib::Server& server, ServerContext& ctx);          // members of a group
void addFicheRoutes(httplib::Server& server, ServerContext& ctx);          // fiches CRUD, publish, reject
void addMediaRoutes(httplib::Server& server, ServerContext& ctx);          // media upload and download
void addParticipationRoutes(httplib::Server& server, ServerContext& ctx);  // comments, votes, moderation
void addOgcRoutes(httplib::Server& server, ServerContext& ctx);            // OGC API Features, OpenAPI
void addSyncRoutes(httplib::Server& server, ServerContext& ctx);           // sync push, pull, missing media
void addLayerRoutes(httplib::Server& server, ServerContext& ctx);          // shared layers: list, put, delete

}  // namespace atlas::server
