import { join } from 'node:path';
import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { AuthGuard } from './auth/auth.guard';

const DASHBOARD_PAGE = join(__dirname, 'assets', 'index.html');

@Controller()
export class PageController {
  @Get()
  @UseGuards(AuthGuard)
  dashboard(@Res() response: Response): void {
    response.sendFile(DASHBOARD_PAGE);
  }
}
