import { defineCommand } from "../actions/command";
import { CreateUserSchema, UpdateUserSchema } from "./schema";
import { createUser, updateUser } from "./service";

export const userCommands = {
  createUser: defineCommand({ name: "user.create", permission: "user.manage", schema: CreateUserSchema, run: createUser, revalidate: () => ["/admin/users"], successMessage: "Account created." }),
  updateUser: defineCommand({ name: "user.update", permission: "user.manage", schema: UpdateUserSchema, run: updateUser, revalidate: () => ["/admin/users"], successMessage: "Saved." }),
};
